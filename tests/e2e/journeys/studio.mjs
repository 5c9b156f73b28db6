// /studio without a configured Sanity project explains how to connect one instead of crashing.
import {assert, open} from '../lib/kit.mjs'

export async function studioWithoutAProjectShowsConnectionHelp({baseUrl, newMobilePage, pageErrors}) {
  const page = await newMobilePage()
  await open(page, baseUrl, '/studio', {feature: 'the Studio route'})
  await page.waitForLoadState('networkidle')
  const heading = page.getByRole('heading', {level: 1})
  assert.match(await heading.innerText(), /connect.*sanity/i, 'the /studio h1 should say how to connect a Sanity project')
  const text = await page.locator('body').innerText()
  assert.match(text, /SANITY_PROJECT_ID/, 'the help names the SANITY_PROJECT_ID variable')
  assert.match(text, /content:import/, 'the help shows how to load the starter content')
  assert.doesNotMatch(text, /unable to recover|An error occurred/i, 'the Studio crash screen is showing')
  const robots = await page.locator('meta[name="robots"]').getAttribute('content')
  assert.match(robots ?? '', /noindex/, '/studio must be noindex')
  assert.deepEqual(pageErrors(page), [], `errors on /studio:\n${pageErrors(page).join('\n')}`)
}

export async function studioDeepLinksShowTheSameHelp({baseUrl, newMobilePage}) {
  const page = await newMobilePage({javaScriptEnabled: false})
  await open(page, baseUrl, '/studio/structure/post', {feature: 'the Studio catch-all route'})
  assert.match(await page.getByRole('heading', {level: 1}).innerText(), /connect.*sanity/i)
}

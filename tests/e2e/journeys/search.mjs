// Site search against the production build: the header form with and without JavaScript, what a
// patient finds, the no-result page, hostile queries, noindex, a publish showing in search on the
// very next request, and the staff's anonymous search insights.
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {publish} from '../../../scripts/lib/snapshot-publish.mjs'
import {ROOT} from '../lib/app-server.mjs'
import {assert, expectNoAxeViolations, open, poreGuide, readSnapshot, request} from '../lib/kit.mjs'

const token = (label) => `${label}${Math.random().toString(36).slice(2, 8)}`

/** Types into the header's search field and submits with Enter, as a patient on a phone would. */
async function searchFromHeader(page, baseUrl, query) {
  await open(page, baseUrl, '/', {feature: 'the home page'})
  const form = page.getByRole('search', {name: 'Site'})
  const field = form.getByRole('searchbox', {name: /search articles, treatments and clinic information/i})
  await field.fill(query)
  await Promise.all([page.waitForURL((url) => url.pathname === '/search'), field.press('Enter')])
  return new URL(page.url())
}

async function firstResult(page) {
  const item = page.locator('main ol > li').first()
  return {
    title: (await item.locator('h2').innerText()).trim(),
    href: await item.locator('h2 a').getAttribute('href'),
    marks: await item.locator('mark').allInnerTexts(),
    text: await item.innerText(),
  }
}

export async function headerSearchWithoutJavaScriptFindsTheArticleDespiteATypo(ctx) {
  const page = await ctx.newMobilePage({javaScriptEnabled: false})
  const url = await searchFromHeader(page, ctx.baseUrl, 'salicilic')
  assert.equal(url.searchParams.get('q'), 'salicilic')
  const first = await firstResult(page)
  assert.equal(first.href, '/blog/salicylic-acid-vs-glycolic-acid', `first result: ${JSON.stringify(first)}`)
  assert.ok(first.marks.some((m) => /salicylic/i.test(m)), `no marked match in ${JSON.stringify(first)}`)
  assert.match(first.text, /^Article · /, 'the result names its type and category')
  const robots = await page.locator('meta[name="robots"]').getAttribute('content')
  assert.match(robots ?? '', /noindex/, `robots meta: ${robots}`)
}

export async function headerSearchWithJavaScriptAnswersAQuestionWithTheTreatment(ctx) {
  const page = await ctx.newMobilePage()
  await searchFromHeader(page, ctx.baseUrl, 'how long is the downtime after laser')
  const first = await firstResult(page)
  assert.equal(first.href, '/treatments/fractional-laser-resurfacing', `first result: ${JSON.stringify(first)}`)
  assert.ok(first.marks.some((m) => /downtime/i.test(m)), `the snippet marks no downtime: ${JSON.stringify(first)}`)
  assert.deepEqual(ctx.pageErrors(page), [])
}

export async function headerSearchFitsThePhoneScreen(ctx) {
  const page = await ctx.newMobilePage()
  await open(page, ctx.baseUrl, '/blog', {feature: 'the blog'})
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`)
  for (const name of ['searchbox', 'button']) {
    const box = await page.getByRole('search', {name: 'Site'}).getByRole(name).first().boundingBox()
    assert.ok(box && box.height >= 44 && box.x >= 0 && box.x + box.width <= 390, `${name} box ${JSON.stringify(box)}`)
  }
}

export async function synonymsFromClinicSettingsFindSunscreen(ctx) {
  const page = await ctx.newMobilePage({javaScriptEnabled: false})
  await open(page, ctx.baseUrl, '/search?q=sunblock', {feature: 'search'})
  const first = await firstResult(page)
  assert.equal(first.href, '/blog/sunscreen-in-a-tropical-climate', JSON.stringify(first))
  assert.ok(first.marks.some((m) => /sunscreen/i.test(m)), JSON.stringify(first))
}

export async function resultsAndNoResultPagesPassAxe(ctx) {
  for (const colorScheme of ['light', 'dark']) {
    for (const q of ['chemical peel', 'zzqxv nothing here']) {
      const page = await ctx.newMobilePage({colorScheme})
      await open(page, ctx.baseUrl, `/search?${new URLSearchParams({q})}`, {feature: 'search'})
      await expectNoAxeViolations(page, `search "${q}" (${colorScheme})`)
    }
  }
}

export async function noResultPageOffersCategoriesBookingAndWhatsApp(ctx) {
  const res = await request(ctx.baseUrl, '/search?q=zzqxv')
  assert.equal(res.status, 200)
  assert.match(res.body, /No pages match your search/)
  assert.match(res.body, /href="\/book"/, 'no booking link')
  // Contact links go through the site's own counter, which sends the tap on to WhatsApp.
  const whatsapp = /href="(\/go\/whatsapp[^"]*)"/.exec(res.body)?.[1]?.replaceAll('&amp;', '&')
  assert.ok(whatsapp, 'no WhatsApp link')
  const tap = await request(ctx.baseUrl, whatsapp)
  assert.ok([302, 303].includes(tap.status), `${whatsapp} answered ${tap.status}`)
  assert.match(tap.headers.get('location') ?? '', /^https:\/\/wa\.me\/\d+/, `${whatsapp} does not lead to WhatsApp`)
  assert.match(res.body, /href="\/blog\/category\/[^"]+"/, 'no category links')
}

export async function hostileQueriesAreHarmless(ctx) {
  const hostile = `<script>alert(1)</script>\u0000\u202e.*[(${'x'.repeat(400)}`
  const res = await request(ctx.baseUrl, `/search?${new URLSearchParams({q: hostile})}`)
  assert.equal(res.status, 200, `status ${res.status}`)
  assert.ok(!res.body.includes('<script>alert(1)</script>'), 'the query was echoed as markup')
  // React separates the number from the words around it with empty comments.
  assert.match(res.body.replaceAll("<!-- -->", ""), /Only the first 200 characters were searched/)
  const repeated = await request(ctx.baseUrl, '/search?q=peel&q=laser')
  assert.equal(repeated.status, 200)
  const empty = await request(ctx.baseUrl, '/search')
  assert.equal(empty.status, 200)
}

export async function searchIsNotIndexedNorInTheSitemap(ctx) {
  const sitemap = await request(ctx.baseUrl, '/sitemap.xml')
  assert.equal(sitemap.status, 200)
  assert.ok(!sitemap.body.includes('/search'), 'the sitemap lists /search')
  const page = await request(ctx.baseUrl, '/search?q=peel')
  assert.match(page.body, /<meta name="robots" content="noindex, follow"/)
  assert.match(page.headers.get('cache-control') ?? '', /no-store|private/, `cache-control: ${page.headers.get('cache-control')}`)
}

export async function publishShowsInSearchOnTheNextRequest(ctx) {
  const {baseUrl, snapshotDir, env} = ctx
  const guide = poreGuide(readSnapshot(snapshotDir))
  const mark = token('Zephyrine')
  // Warm the index first, so the change must come through the webhook rather than a first build.
  assert.equal((await request(baseUrl, '/search?q=pores')).status, 200)
  assert.ok(!(await request(baseUrl, `/search?q=${mark}`)).body.includes(`${guide.title} ${mark}`))
  try {
    const {response} = await publish({dir: snapshotDir, url: baseUrl, secret: env.SANITY_REVALIDATE_SECRET, id: guide._id, set: {title: `${guide.title} ${mark}`}})
    assert.equal(response.status, 200, `webhook answered ${response.status}`)
    const res = await request(baseUrl, `/search?q=${mark}`)
    assert.ok(res.body.includes(`${guide.title} ${mark}`), 'the first search after the webhook does not find the new title')
  } finally {
    const {response} = await publish({dir: snapshotDir, url: baseUrl, secret: env.SANITY_REVALIDATE_SECRET, id: guide._id, set: {title: guide.title}})
    assert.equal(response.status, 200, `restoring the title: webhook answered ${response.status}`)
  }
  const after = await request(baseUrl, `/search?q=${mark}`)
  assert.match(after.body, /No pages match your search/, 'the restored title is still found by the old word')
}

const INSIGHTS_STAFF = {email: 'search-insights.e2e@example.com', name: 'Insights E2E', password: 'correct horse battery staple insights'}

export async function staffSeeFrequentQueriesButNotRareOnes(ctx) {
  const {baseUrl, env} = ctx
  const loggedOut = await request(baseUrl, '/staff/search')
  assert.ok([303, 307, 308].includes(loggedOut.status), `logged out: ${loggedOut.status}`)
  assert.match(loggedOut.headers.get('location') ?? '', /\/staff\/login/)

  const frequent = token('qfrequent')
  const rare = token('qrare')
  for (let i = 0; i < 3; i++) await request(baseUrl, `/search?q=${frequent.toUpperCase()}%20%20`)
  await request(baseUrl, `/search?q=${rare}`)

  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/staff-add.ts', '--email', INSIGHTS_STAFF.email, '--name', INSIGHTS_STAFF.name], {
    cwd: ROOT,
    env: {...env, STAFF_PASSWORD: INSIGHTS_STAFF.password},
    encoding: 'utf8',
    timeout: 60_000,
  })
  assert.equal(r.status, 0, `staff:add failed:\n${r.stdout}${r.stderr}`)
  const page = await ctx.newDesktopPage()
  await open(page, baseUrl, '/staff/login', {feature: 'staff sign-in'})
  await page.locator('input[name="email"]').fill(INSIGHTS_STAFF.email)
  await page.locator('input[name="password"]').fill(INSIGHTS_STAFF.password)
  await page.getByRole('button', {name: /sign in/i}).click()
  await page.waitForURL((url) => url.pathname === '/staff')
  // Staff find the page from the inbox's header.
  await page.getByRole('navigation', {name: 'Staff'}).getByRole('link', {name: 'What patients searched for'}).click()
  await page.waitForURL((url) => url.pathname === '/staff/search')
  // Counting happens after each response; give the last one a moment.
  let text = ''
  for (let attempt = 0; attempt < 20; attempt++) {
    await open(page, baseUrl, '/staff/search', {feature: 'search insights'})
    text = await page.locator('main').innerText()
    if (text.includes(frequent)) break
    await page.waitForTimeout(250)
  }
  const notFound = page.getByRole('region', {name: 'Searched for and not found'})
  assert.match(await notFound.innerText(), new RegExp(`${frequent}\\s+3`), `insights page:\n${text}`)
  assert.ok(!text.includes(rare), 'a query searched once is listed')
  await expectNoAxeViolations(page, 'staff search insights')
}

// Search in the Chinese edition (/zh/search) against the production build: the Chinese pore guide
// found for 毛孔 and linked at /zh/blog/..., the form without JavaScript, Chinese interface text,
// the editions kept apart (an English search never lists a Chinese page, and the reverse), a
// Chinese publish reaching Chinese search on the next request, and axe on the Chinese pages.
import {publish} from '../../../scripts/lib/snapshot-publish.mjs'
import {assert, expectNoAxeViolations, open, readSnapshot, request} from '../lib/kit.mjs'

const GUIDE_ID = 'post.can-you-close-pores-permanently.zh-Hans'
const GUIDE_PATH = '/zh/blog/can-you-close-pores-permanently'
const zhSearch = (q) => `/zh/search?${new URLSearchParams({q})}`

function chineseGuide(snapshotDir) {
  const guide = readSnapshot(snapshotDir).byId.get(GUIDE_ID)
  assert.ok(guide, `the snapshot has no ${GUIDE_ID}`)
  return guide
}

async function results(page) {
  return page.locator('main ol > li').evaluateAll((items) =>
    items.map((li) => ({
      href: li.querySelector('h2 a')?.getAttribute('href'),
      title: li.querySelector('h2')?.textContent?.trim(),
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent),
      text: li.textContent,
    })),
  )
}

/** Result links on a search page, read from the HTML the server sends. */
function resultLinks(html) {
  const list = html.slice(html.indexOf('<main'), html.indexOf('</main>'))
  return [...list.matchAll(/<h2[^>]*><a[^>]*href="([^"]+)"/g)].map((m) => m[1])
}

export async function chineseSearchListsTheChineseGuideFirstWithoutJavaScript(ctx) {
  const guide = chineseGuide(ctx.snapshotDir)
  const page = await ctx.newMobilePage({javaScriptEnabled: false})
  await open(page, ctx.baseUrl, zhSearch('毛孔'), {feature: 'Chinese search'})
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-Hans-SG')
  assert.match(await page.locator('h1').innerText(), /毛孔.*搜索结果/)
  const found = await results(page)
  assert.ok(found.length > 0, 'no results for 毛孔')
  assert.equal(found[0].href, GUIDE_PATH, `first result: ${JSON.stringify(found[0])}`)
  assert.equal(found[0].title, guide.title)
  assert.ok(found[0].marks.some((m) => m.includes('毛孔')), `no marked 毛孔 in ${JSON.stringify(found[0])}`)
  assert.match(found[0].text, /^文章/, 'the result names its type in Chinese')
  for (const hit of found) assert.ok(hit.href?.startsWith('/zh/'), `a Chinese result links outside /zh: ${hit.href}`)
  const robots = await page.locator('meta[name="robots"]').getAttribute('content')
  assert.match(robots ?? '', /noindex/, `robots meta: ${robots}`)
}

export async function chineseSearchFormWorksWithoutJavaScript(ctx) {
  const page = await ctx.newMobilePage({javaScriptEnabled: false})
  await open(page, ctx.baseUrl, '/zh/search', {feature: 'Chinese search'})
  const form = page.getByRole('search', {name: '再次搜索'})
  const field = form.getByRole('searchbox', {name: '搜索文章、疗程和诊所信息'})
  await field.fill('毛孔粗大怎么办')
  await Promise.all([page.waitForURL((url) => url.pathname === '/zh/search' && url.searchParams.has('q')), form.getByRole('button', {name: '搜索'}).click()])
  assert.equal(new URL(page.url()).searchParams.get('q'), '毛孔粗大怎么办')
  const [first] = await results(page)
  assert.equal(first?.href, GUIDE_PATH, `first result: ${JSON.stringify(first)}`)
}

export async function headerSearchOnAChinesePageSearchesChinese(ctx) {
  const page = await ctx.newMobilePage({javaScriptEnabled: false})
  await open(page, ctx.baseUrl, GUIDE_PATH, {feature: 'the Chinese guide'})
  const field = page.locator('header').getByRole('searchbox', {name: '搜索文章、疗程和诊所信息'})
  await field.fill('黑头')
  await Promise.all([page.waitForURL((url) => url.pathname === '/zh/search'), field.press('Enter')])
  assert.equal(new URL(page.url()).searchParams.get('q'), '黑头')
  const found = await results(page)
  assert.ok(found.length > 0 && found.every((hit) => hit.href?.startsWith('/zh/')), JSON.stringify(found))
}

export async function editionsSearchOnlyTheirOwnPages(ctx) {
  // English: the same pages as ever, none of them Chinese, even for a Chinese word.
  for (const q of ['pores', 'chemical peel', '毛孔']) {
    const res = await request(ctx.baseUrl, `/search?${new URLSearchParams({q})}`)
    assert.equal(res.status, 200)
    for (const href of resultLinks(res.body)) assert.ok(!href.startsWith('/zh'), `English search for ${q} lists ${href}`)
  }
  const english = resultLinks((await request(ctx.baseUrl, '/search?q=pores')).body)
  assert.ok(english.includes('/blog/can-you-close-pores-permanently'), `English pore guide missing: ${english}`)
  // Chinese: an English word finds nothing English.
  const chinese = await request(ctx.baseUrl, zhSearch('pores'))
  assert.equal(chinese.status, 200)
  for (const href of resultLinks(chinese.body)) assert.ok(href.startsWith('/zh/'), `Chinese search for pores lists ${href}`)
  const nothing = await request(ctx.baseUrl, zhSearch('纹身贴纸'))
  assert.match(nothing.body, /没有找到与您的搜索相符的页面/)
}

export async function chinesePublishShowsInChineseSearchOnTheNextRequest(ctx) {
  const {baseUrl, snapshotDir, env} = ctx
  const guide = chineseGuide(snapshotDir)
  const mark = `蓝鲸${Math.random().toString(36).slice(2, 6)}`
  assert.equal((await request(baseUrl, zhSearch('毛孔'))).status, 200)
  try {
    const {response} = await publish({dir: snapshotDir, url: baseUrl, secret: env.SANITY_REVALIDATE_SECRET, id: guide._id, set: {title: `${guide.title}${mark}`}})
    assert.equal(response.status, 200, `webhook answered ${response.status}`)
    const zh = await request(baseUrl, zhSearch(mark))
    assert.ok(zh.body.includes(`${guide.title}${mark}`), 'the first Chinese search after the webhook does not find the new title')
    const en = await request(baseUrl, `/search?${new URLSearchParams({q: mark})}`)
    assert.ok(!en.body.includes(`${guide.title}${mark}`), 'an English search finds the Chinese title')
  } finally {
    const {response} = await publish({dir: snapshotDir, url: baseUrl, secret: env.SANITY_REVALIDATE_SECRET, id: guide._id, set: {title: guide.title}})
    assert.equal(response.status, 200, `restoring the title: webhook answered ${response.status}`)
  }
}

export async function chineseSearchPagesPassAxe(ctx) {
  for (const colorScheme of ['light', 'dark']) {
    for (const path of ['/zh/search', zhSearch('毛孔'), zhSearch('纹身贴纸')]) {
      const page = await ctx.newMobilePage({colorScheme})
      await open(page, ctx.baseUrl, path, {feature: 'Chinese search'})
      await expectNoAxeViolations(page, `${decodeURIComponent(path)} (${colorScheme})`)
    }
  }
}

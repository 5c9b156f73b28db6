// A Chinese-reading patient on a phone: the Chinese home, the pore guide and a treatment in Chinese
// (<html lang="zh-Hans-SG">, Chinese interface text), the header's language link to the English page
// and back, a page without a translation leading to the other edition's home, hreflang alternates
// and x-default, the sitemap's alternates, /zh/feed.xml, inLanguage in JSON-LD, axe on the Chinese
// pages, and no Chinese document on the English listings, feed or sitemap entries.
import {assert, expectNoAxeViolations, open, readSnapshot, request} from '../lib/kit.mjs'

const HAN = /\p{Script=Han}/u
const GUIDE = 'can-you-close-pores-permanently'

/** The Chinese starter documents, read from the snapshot the build used. */
function chinese(snapshotDir) {
  const snap = readSnapshot(snapshotDir)
  const zh = (type) => snap.byType(type, 'zh-Hans').filter((d) => snap.slug(d))
  const english = (type) => snap.byType(type).filter((d) => snap.slug(d))
  const guide = zh('post').find((p) => snap.slug(p) === GUIDE)
  assert.ok(guide, `the snapshot has no Chinese pore guide (post.${GUIDE}.zh-Hans)`)
  const treatment = zh('treatment')[0]
  assert.ok(treatment, 'the snapshot has no Chinese treatment')
  const groups = snap.byType('translation.metadata', '*').map((m) => (m.translations ?? []).map((t) => t.value?._ref))
  const translatedIds = new Set(groups.filter((ids) => ids.length > 1).flat())
  // The English pages that have a Chinese translation: a Chinese page links the translation instead.
  const prefix = {post: '/blog/', treatment: '/treatments/', person: '/people/', category: '/blog/category/', page: '/about/'}
  const translatedEnglishPaths = new Set(
    snap.published.filter((d) => translatedIds.has(d._id) && (d.language ?? 'en') === 'en' && prefix[d._type]).map((d) => `${prefix[d._type]}${snap.slug(d)}`),
  )
  const untranslatedPost = english('post').find((p) => !translatedIds.has(p._id))
  assert.ok(untranslatedPost, 'every English post has a translation: no page to test the fallback with')
  return {snap, guide, treatment, untranslatedPost, translatedEnglishPaths, zhPosts: zh('post'), zh, english}
}

async function alternates(page) {
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), l.href])),
  )
}

async function jsonLdLanguages(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('script[type="application/ld+json"]')]
      .flatMap((s) => JSON.parse(s.textContent)['@graph'] ?? [])
      .filter((node) => node.inLanguage)
      .map((node) => `${[node['@type']].flat().join(',')}:${node.inLanguage}`),
  )
}

export async function guideAndTreatmentReadInChineseOnAPhone({baseUrl, snapshotDir, newMobilePage, pageErrors}) {
  const {guide, treatment, translatedEnglishPaths} = chinese(snapshotDir)
  const page = await newMobilePage()
  await open(page, baseUrl, '/zh', {feature: 'the Chinese home page'})
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans-SG', '/zh is not marked up as Chinese')
  const nav = (await page.locator('#site-header nav').innerText()).trim()
  assert.match(nav, HAN, `the header navigation is not in Chinese: ${nav}`)

  // The guide is linked from the Chinese home page; a patient taps it.
  const link = page.locator(`main a[href="/zh/blog/${GUIDE}"]`).first()
  assert.ok(await link.count(), `the Chinese home page has no link to /zh/blog/${GUIDE}`)
  await link.click()
  await page.waitForURL(`**/zh/blog/${GUIDE}`)
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans-SG')
  assert.equal((await page.getByRole('heading', {level: 1}).innerText()).trim(), guide.title.trim(), 'the article h1 is the Chinese title')
  const header = await page.locator('main article header').innerText()
  assert.match(header, /作者/, `the byline is not in Chinese: ${header.slice(0, 200)}`)
  assert.match(header, /\d{4}年\d{1,2}月\d{1,2}日/, 'dates are not written the Chinese way (2026年12月5日)')
  assert.ok(await page.locator('summary', {hasText: '本文内容'}).count(), 'the table of contents is not labelled in Chinese')
  // Links in the Chinese guide stay in the Chinese edition wherever it has the page: an English page
  // is linked only when it has no translation (the contact counter is shared).
  const hrefs = await page.locator('main a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
  const stray = hrefs.filter((href) => translatedEnglishPaths.has(href.split('?')[0]))
  assert.deepEqual(stray, [], `the Chinese guide links English pages that have a Chinese translation: ${stray.join(', ')}`)
  assert.ok(hrefs.some((href) => href.startsWith('/zh/treatments/')), 'the Chinese guide links no Chinese treatment page')

  // hreflang both ways, x-default at the English page; JSON-LD says Chinese.
  const langs = await alternates(page)
  assert.match(langs['en-SG'] ?? '', new RegExp(`/blog/${GUIDE}$`), 'no hreflang="en-SG" to the English guide')
  assert.match(langs['zh-Hans-SG'] ?? '', new RegExp(`/zh/blog/${GUIDE}$`), 'no hreflang="zh-Hans-SG" to the guide itself')
  assert.equal(langs['x-default'], langs['en-SG'], 'x-default is not the English guide')
  const inLanguage = await jsonLdLanguages(page)
  assert.ok(inLanguage.length > 0 && inLanguage.every((entry) => entry.endsWith(':zh-Hans-SG')), `JSON-LD inLanguage: ${inLanguage.join(', ')}`)

  // A treatment in Chinese.
  const slug = treatment.slug.current
  await open(page, baseUrl, `/zh/treatments/${slug}`, {feature: 'the Chinese treatment page'})
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans-SG')
  assert.equal((await page.getByRole('heading', {level: 1}).innerText()).trim(), treatment.name.trim(), 'the treatment h1 is the Chinese name')
  const book = page.locator('#main').getByRole('link', {name: /预约咨询/}).first()
  assert.ok(await book.count(), 'the Chinese treatment page has no 预约咨询 link')
  const bookUrl = new URL(await book.getAttribute('href'), 'http://site.test')
  assert.equal(bookUrl.pathname, '/zh/book', 'the Chinese booking link leads to /zh/book')
  assert.equal(bookUrl.searchParams.get('treatment'), slug)
  const treatmentLangs = await alternates(page)
  assert.match(treatmentLangs['en-SG'] ?? '', new RegExp(`/treatments/${slug}$`))
  assert.deepEqual(pageErrors(page), [], `errors in the page:\n${pageErrors(page).join('\n')}`)
}

export async function languageLinkLeadsToTheEnglishPageAndBack({baseUrl, snapshotDir, newMobilePage}) {
  chinese(snapshotDir)
  // A plain link: it works without JavaScript.
  const page = await newMobilePage({javaScriptEnabled: false})
  await open(page, baseUrl, `/zh/blog/${GUIDE}`, {feature: 'the Chinese guide'})
  const toEnglish = page.locator('#site-header [data-language-switch]')
  assert.equal(await toEnglish.count(), 1, 'the header has no language link')
  assert.equal(await toEnglish.getAttribute('hreflang'), 'en-SG')
  assert.equal(await toEnglish.getAttribute('lang'), 'en-SG')
  await toEnglish.click()
  await page.waitForURL(`**/blog/${GUIDE}`)
  assert.equal(new URL(page.url()).pathname, `/blog/${GUIDE}`)
  assert.equal(await page.getAttribute('html', 'lang'), 'en-SG')
  const toChinese = page.locator('#site-header [data-language-switch]')
  assert.equal(await toChinese.getAttribute('hreflang'), 'zh-Hans-SG')
  assert.equal((await toChinese.innerText()).trim(), '简体中文')
  await toChinese.click()
  await page.waitForURL(`**/zh/blog/${GUIDE}`)
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans-SG')

  // Fixed pages exist in both editions: the same page in the other language.
  for (const [from, to] of [['/zh', '/'], ['/zh/treatments', '/treatments'], ['/clinic', '/zh/clinic'], ['/blog', '/zh/blog']]) {
    await open(page, baseUrl, from)
    assert.equal(await page.locator('#site-header [data-language-switch]').getAttribute('href'), to, `the language link on ${from}`)
  }
}

export async function pageWithoutTranslationLeadsToTheOtherHome({baseUrl, snapshotDir, newMobilePage}) {
  const {snap, untranslatedPost} = chinese(snapshotDir)
  const page = await newMobilePage({javaScriptEnabled: false})
  const path = `/blog/${snap.slug(untranslatedPost)}`
  await open(page, baseUrl, path, {feature: 'an English post without a translation'})
  assert.equal(await page.locator('#site-header [data-language-switch]').getAttribute('href'), '/zh', `the language link on ${path}`)
  assert.deepEqual(await alternates(page), {}, `${path} has no translation, so no hreflang alternates`)
  // Its address does not exist in the Chinese edition.
  assert.equal((await request(baseUrl, `/zh${path}`)).status, 404)
}

export async function sitemapListsBothEditionsWithAlternates({baseUrl, snapshotDir}) {
  const {zhPosts, snap} = chinese(snapshotDir)
  const res = await request(baseUrl, '/sitemap.xml')
  assert.equal(res.status, 200)
  const urls = [...res.body.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1])
  const entry = (path) => urls.find((u) => new RegExp(`<loc>[^<]*${path.replace(/[/.]/g, '\\$&')}</loc>`).test(u))
  const zhGuide = entry(`/zh/blog/${GUIDE}`)
  assert.ok(zhGuide, 'the sitemap does not list the Chinese guide')
  assert.match(zhGuide, new RegExp(`hreflang="en-SG" href="[^"]*/blog/${GUIDE}"`))
  assert.match(zhGuide, /hreflang="x-default"/)
  const enGuide = entry(`/blog/${GUIDE}`)
  assert.match(enGuide, new RegExp(`hreflang="zh-Hans-SG" href="[^"]*/zh/blog/${GUIDE}"`))
  // The English entries are English pages: no /zh address and no Chinese-only slug among them.
  const english = urls.filter((u) => !/<loc>[^<]*\/zh(\/|<)/.test(u))
  const zhOnlySlugs = zhPosts.map((p) => snap.slug(p)).filter((slug) => !snap.byType('post').some((p) => p.language !== 'zh-Hans' && snap.slug(p) === slug))
  for (const slug of zhOnlySlugs) assert.ok(!english.some((u) => u.includes(`/blog/${slug}<`)), `${slug} (Chinese only) is listed as an English page`)
  assert.equal(english.filter((u) => new RegExp(`<loc>[^<]*/blog/${GUIDE}</loc>`).test(u)).length, 1)
}

export async function chineseFeedAndNoChineseOnEnglishListings({baseUrl, snapshotDir, newMobilePage}) {
  const {zhPosts, english} = chinese(snapshotDir)
  const zhFeed = await request(baseUrl, '/zh/feed.xml')
  assert.equal(zhFeed.status, 200, '/zh/feed.xml')
  assert.match(zhFeed.headers.get('content-type') ?? '', /rss\+xml/)
  assert.match(zhFeed.body, /<language>zh-Hans-SG<\/language>/)
  assert.equal([...zhFeed.body.matchAll(/<item>/g)].length, zhPosts.length, 'the Chinese feed lists exactly the Chinese posts')
  assert.match(zhFeed.body, new RegExp(`<link>[^<]*/zh/blog/${GUIDE}</link>`))

  const enFeed = await request(baseUrl, '/feed.xml')
  assert.equal(enFeed.status, 200)
  assert.doesNotMatch(enFeed.body, HAN, 'the English feed carries Chinese text')
  assert.equal([...enFeed.body.matchAll(/<item>/g)].length, english('post').length, 'the English feed lists exactly the English posts')

  // English listings show English documents only (the header's 简体中文 link is not content).
  const page = await newMobilePage({javaScriptEnabled: false})
  for (const path of ['/', '/blog', '/treatments']) {
    await open(page, baseUrl, path)
    assert.equal(await page.getAttribute('html', 'lang'), 'en-SG', path)
    const text = await page.locator('main').innerText()
    assert.doesNotMatch(text, HAN, `${path} shows Chinese text in its content`)
    const zhLinks = await page.locator('main a[href^="/zh"]').count()
    assert.equal(zhLinks, 0, `${path} links Chinese pages from its content`)
  }
}

async function axeOn(ctx, path) {
  for (const colorScheme of ['light', 'dark']) {
    const page = await ctx.newMobilePage({colorScheme})
    await open(page, ctx.baseUrl, path, {feature: `the Chinese page ${path}`})
    await expectNoAxeViolations(page, `${path} (${colorScheme})`)
  }
}

export async function axeOnTheChinesePages(ctx) {
  const {treatment, zh} = chinese(ctx.snapshotDir)
  const person = zh('person')[0]
  const category = zh('category')[0]
  const paths = ['/zh', '/zh/blog', `/zh/blog/${GUIDE}`, '/zh/treatments', `/zh/treatments/${treatment.slug.current}`, '/zh/clinic']
  if (person) paths.push(`/zh/people/${person.slug.current}`)
  if (category) paths.push(`/zh/blog/category/${category.slug.current}`)
  for (const path of paths) await axeOn(ctx, path)
  // The Chinese 404.
  const page = await ctx.newMobilePage()
  await open(page, ctx.baseUrl, '/zh/no-such-page-e2e', {status: 404})
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans-SG')
  assert.match(await page.locator('main h1').innerText(), HAN, 'the Chinese 404 is not in Chinese')
  await expectNoAxeViolations(page, '/zh/no-such-page-e2e (404)')
}

// The Chinese edition's addresses and what search engines are told about them: paths with a locale,
// hreflang alternates and x-default, the sitemap's alternates, inLanguage in JSON-LD, the feed.
import {runQuery} from '@/lib/content/source'
import {feedQuery, postBySlugQuery, settingsQuery, sitemapQuery, translationGroupsQuery, treatmentsQuery} from '@/lib/content/queries'
import {withFallback} from '@/lib/content/getters'
import {editionOfPath, localizePath, paths, pathsFor} from '@/lib/routes/paths'
import {parseSourcePath} from '@/lib/routes/source-path'
import {buildMetadata, languageAlternates} from '@/lib/seo/metadata'
import {articleGraph} from '@/lib/seo/json-ld'
import {buildRssFeed} from '@/lib/seo/rss'
import {buildSitemap, type TranslationGroup} from '@/lib/seo/sitemap'
import type {FeedQueryResult, SitemapQueryResult} from '@/sanity/types'
import type {Post, Settings, TreatmentCard} from '@/lib/content'

const SITE = 'https://clinic.example.sg'
const GUIDE = 'can-you-close-pores-permanently'

describe('paths with a locale', () => {
  it('keeps every English path exactly as it was and puts the Chinese ones under /zh', () => {
    const zh = pathsFor('zh-Hans')
    expect(pathsFor()).toBe(paths)
    expect([paths.home(), paths.blog(), paths.blog(2), paths.post('a'), paths.treatment('b'), paths.feed()]).toEqual([
      '/',
      '/blog',
      '/blog/page/2',
      '/blog/a',
      '/treatments/b',
      '/feed.xml',
    ])
    expect([zh.home(), zh.blog(), zh.blog(2), zh.post('a'), zh.treatment('b'), zh.person('c'), zh.page('d'), zh.clinic(), zh.feed()]).toEqual([
      '/zh',
      '/zh/blog',
      '/zh/blog/page/2',
      '/zh/blog/a',
      '/zh/treatments/b',
      '/zh/people/c',
      '/zh/about/d',
      '/zh/clinic',
      '/zh/feed.xml',
    ])
    expect(zh.book('chemical-peel', '/zh/treatments/chemical-peel')).toBe('/zh/book?treatment=chemical-peel&from=%2Fzh%2Ftreatments%2Fchemical-peel')
    expect(zh.bookSubmit()).toBe('/zh/book/submit')
    // The contact counter is one for both editions.
    expect(zh.contact('whatsapp', '/zh')).toBe('/go/whatsapp?from=%2Fzh')
  })

  it('reads the edition back from a path, and only a whole /zh segment counts', () => {
    expect(editionOfPath('/zh')).toEqual({locale: 'zh-Hans', path: '/'})
    expect(editionOfPath('/zh/blog/a')).toEqual({locale: 'zh-Hans', path: '/blog/a'})
    expect(editionOfPath('/zhongwen')).toEqual({locale: 'en', path: '/zhongwen'})
    expect(editionOfPath('/blog/a')).toEqual({locale: 'en', path: '/blog/a'})
    expect(localizePath('/', 'zh-Hans')).toBe('/zh')
    expect(localizePath('/blog', 'en')).toBe('/blog')
  })

  it('accepts Chinese pages as the page an enquiry came from', () => {
    expect(parseSourcePath('/zh')).toBe('/zh')
    expect(parseSourcePath('/zh/treatments/chemical-peel')).toBe('/zh/treatments/chemical-peel')
    expect(parseSourcePath('/zh/staff')).toBeUndefined()
  })
})

describe('hreflang alternates', () => {
  const editions = {en: `/blog/${GUIDE}`, 'zh-Hans': `/zh/blog/${GUIDE}`}

  it('names both editions by language tag, both ways, with x-default at the English page', () => {
    const zh = buildMetadata({title: 't', path: editions['zh-Hans'], siteName: 'c', siteUrl: SITE, locale: 'zh-Hans', editions})
    const en = buildMetadata({title: 't', path: editions.en, siteName: 'c', siteUrl: SITE, locale: 'en', editions})
    const expected = {'en-SG': `${SITE}${editions.en}`, 'zh-Hans-SG': `${SITE}${editions['zh-Hans']}`, 'x-default': `${SITE}${editions.en}`}
    expect(zh.alternates?.languages).toEqual(expected)
    expect(en.alternates?.languages).toEqual(expected)
    expect(zh.alternates?.canonical).toBe(`${SITE}/zh/blog/${GUIDE}`)
    expect(zh.openGraph).toMatchObject({locale: 'zh_SG', alternateLocale: ['en_SG']})
    // Each edition advertises its own feed.
    expect(zh.alternates?.types).toEqual({'application/rss+xml': [{url: `${SITE}/zh/feed.xml`, title: 'c 护肤指南'}]})
  })

  it('says nothing when the page has no translation', () => {
    expect(languageAlternates({en: '/blog/x'}, SITE)).toBeUndefined()
    expect(buildMetadata({title: 't', path: '/blog/x', siteName: 'c', siteUrl: SITE}).alternates?.languages).toBeUndefined()
  })
})

describe('the Chinese documents in the content source', () => {
  it('keeps Chinese documents off English reads and English ones off Chinese reads', async () => {
    const [en, zh] = await Promise.all([
      runQuery<SitemapQueryResult>(sitemapQuery, {language: 'en'}),
      runQuery<SitemapQueryResult>(sitemapQuery, {language: 'zh-Hans'}),
    ])
    const ids = (content: SitemapQueryResult) => Object.values(content).flatMap((list) => (list as Array<{_id: string}>).map((d) => d._id))
    expect(ids(en).some((id) => id.endsWith('.zh-Hans'))).toBe(false)
    expect(ids(zh).length).toBeGreaterThan(0)
    expect(ids(zh).every((id) => id.endsWith('.zh-Hans'))).toBe(true)
    // A read that names no language is English.
    expect(await runQuery<SitemapQueryResult>(sitemapQuery)).toEqual(en)
  })

  it('gives the Chinese guide under the English slug, in Chinese, and the English one by default', async () => {
    const zh = await runQuery<Post | null>(postBySlugQuery, {slug: GUIDE, language: 'zh-Hans'})
    const en = await runQuery<Post | null>(postBySlugQuery, {slug: GUIDE})
    expect(zh?._id).toBe(`post.${GUIDE}.zh-Hans`)
    expect(zh?.title).toMatch(/\p{Script=Han}/u)
    expect(en?._id).toBe(`post.${GUIDE}`)
  })

  it('fills a translation’s missing settings from the English ones, field by field', async () => {
    const [zh, en] = await Promise.all([
      runQuery<Settings>(settingsQuery, {language: 'zh-Hans'}),
      runQuery<Settings>(settingsQuery, {language: 'en'}),
    ])
    expect(zh.clinicName).not.toBe(en.clinicName)
    const merged = withFallback({...zh, phone: null, openingHours: []}, en)!
    expect(merged.clinicName).toBe(zh.clinicName)
    expect(merged.phone).toBe(en.phone)
    expect(merged.openingHours).toEqual(en.openingHours)
  })

  it('lists both editions in the sitemap, each Chinese page with its English counterpart and back', async () => {
    const [en, zh, groups] = await Promise.all([
      runQuery<SitemapQueryResult>(sitemapQuery, {language: 'en'}),
      runQuery<SitemapQueryResult>(sitemapQuery, {language: 'zh-Hans'}),
      runQuery<Array<{members: TranslationGroup | null}>>(translationGroupsQuery),
    ])
    const sitemap = buildSitemap({en, 'zh-Hans': zh}, {siteUrl: SITE, postsPerPage: 6, translations: groups.map((g) => g.members ?? [])})
    const entry = (path: string) => sitemap.find((e) => e.url === `${SITE}${path}`)
    const both = {'en-SG': `${SITE}/blog/${GUIDE}`, 'zh-Hans-SG': `${SITE}/zh/blog/${GUIDE}`, 'x-default': `${SITE}/blog/${GUIDE}`}
    expect(entry(`/blog/${GUIDE}`)?.alternates?.languages).toEqual(both)
    expect(entry(`/zh/blog/${GUIDE}`)?.alternates?.languages).toEqual(both)
    expect(entry('/zh')?.alternates?.languages).toEqual({'en-SG': `${SITE}/`, 'zh-Hans-SG': `${SITE}/zh`, 'x-default': `${SITE}/`})
    expect(entry('/zh/treatments/chemical-peel')?.alternates?.languages?.['en-SG' as never]).toBe(`${SITE}/treatments/chemical-peel`)
    // An English post without a translation has no alternates, and no Chinese page is listed as English.
    expect(entry('/blog/pore-strips-steam-and-ice')?.alternates).toBeUndefined()
    expect(sitemap.filter((e) => !e.url.startsWith(`${SITE}/zh`)).every((e) => !/\/zh(\/|$)/.test(e.url))).toBe(true)
    expect(sitemap.filter((e) => /\/zh\/blog\/(?!page\/|category\/)[^/]+$/.test(e.url)).map((e) => e.url)).toEqual([`${SITE}/zh/blog/${GUIDE}`])
  })

  it('writes the Chinese feed with its own posts, links and language', async () => {
    const posts = await runQuery<FeedQueryResult>(feedQuery, {language: 'zh-Hans'})
    const xml = buildRssFeed({posts, siteUrl: SITE, title: 't', description: 'd', locale: 'zh-Hans'})
    expect(xml).toContain('<language>zh-Hans-SG</language>')
    expect(xml).toContain(`<link>${SITE}/zh/blog/${GUIDE}</link>`)
    expect(xml).toContain(`<atom:link href="${SITE}/zh/feed.xml"`)
    const english = buildRssFeed({posts: await runQuery<FeedQueryResult>(feedQuery), siteUrl: SITE, title: 't', description: 'd'})
    expect(english).toContain('<language>en-SG</language>')
    expect(english).not.toMatch(/\p{Script=Han}/u)
  })

  it('states the page’s language in its JSON-LD and links the edition’s own pages', async () => {
    const [post, settings, treatments] = await Promise.all([
      runQuery<Post>(postBySlugQuery, {slug: GUIDE, language: 'zh-Hans'}),
      runQuery<Settings>(settingsQuery, {language: 'zh-Hans'}),
      runQuery<TreatmentCard[]>(treatmentsQuery, {language: 'zh-Hans'}),
    ])
    const graph = articleGraph(post, {settings, treatments, crumbs: [], siteUrl: SITE, locale: 'zh-Hans'})
    const byType = (type: string) => graph['@graph'].find((node) => node['@type'] === type)!
    expect(byType('MedicalWebPage')).toMatchObject({inLanguage: 'zh-Hans-SG', url: `${SITE}/zh/blog/${GUIDE}`})
    expect(byType('BlogPosting').inLanguage).toBe('zh-Hans-SG')
    expect(String((byType('BlogPosting').author as {url: string}).url)).toMatch(new RegExp(`^${SITE}/zh/people/`))
    const english = articleGraph(await runQuery<Post>(postBySlugQuery, {slug: GUIDE}), {settings, treatments, crumbs: [], siteUrl: SITE})
    expect(english['@graph'].find((node) => node['@type'] === 'BlogPosting')!.inLanguage).toBe('en-SG')
  })
})

import {feedQuery, sitemapQuery} from '@/lib/content/queries'
import {runQuery} from '@/lib/content/source'
import type {FeedQueryResult, SitemapQueryResult} from '@/sanity/types'
import {buildRssFeed} from '@/lib/seo/rss'
import {buildSitemap} from '@/lib/seo/sitemap'
import robots from '@/app/robots'
import {SITE_URL, snapshotDocuments} from './snapshot'

const docs = snapshotDocuments()
// The English edition's posts (a document without `language` is English); Chinese ones are in /zh.
const isEnglish = (d: (typeof docs)[number]) => ((d as {language?: string}).language ?? 'en') === 'en'
const publishedPostSlugs = docs
  .filter((d) => d._type === 'post' && !d._id.startsWith('drafts.') && isEnglish(d))
  .map((d) => d.slug!.current!)
const draftOnly = docs.filter(
  (d) => d._id.startsWith('drafts.') && !docs.some((p) => p._id === d._id.slice('drafts.'.length)),
)

describe('sitemap', () => {
  it('lists every published post, treatment and person with absolute URLs and lastmod, and no drafts', async () => {
    const content = await runQuery<SitemapQueryResult>(sitemapQuery, {}, 'published')
    const sitemap = buildSitemap(content, {
      siteUrl: SITE_URL,
      postsPerPage: 6,
      settingsUpdatedAt: '2026-10-01T00:00:00Z',
    })
    const urls = sitemap.map((e) => e.url)

    for (const slug of publishedPostSlugs) expect(urls).toContain(`${SITE_URL}/blog/${slug}`)
    expect(urls.filter((u) => /\/blog\/(?!page\/|category\/)[^/]+$/.test(u))).toHaveLength(
      publishedPostSlugs.length,
    )
    for (const d of docs.filter((d) => d._type === 'treatment' && isEnglish(d)))
      expect(urls).toContain(`${SITE_URL}/treatments/${d.slug!.current}`)
    for (const d of docs.filter((d) => d._type === 'person' && isEnglish(d)))
      expect(urls).toContain(`${SITE_URL}/people/${d.slug!.current}`)

    expect(draftOnly.length).toBeGreaterThan(0)
    for (const draft of draftOnly) expect(urls.join('\n')).not.toContain(draft.slug!.current!)
    expect(urls).toContain(`${SITE_URL}/blog/page/2`)
    expect(urls.every((u) => u.startsWith(`${SITE_URL}/`))).toBe(true)
    expect(
      urls.some((u) => u.includes('size-baseline') || u.includes('/studio') || u.includes('/staff')),
    ).toBe(false)
    for (const entry of sitemap.filter((e) => e.url.includes('/blog/') && !e.url.includes('/page/')))
      expect(entry.lastModified).toBeTruthy()
  })
})

describe('RSS feed', () => {
  it('is RSS 2.0 with every published post and no drafts', async () => {
    const posts = await runQuery<FeedQueryResult>(feedQuery, {}, 'published')
    const xml = buildRssFeed({
      posts,
      siteUrl: SITE_URL,
      title: 'Clinic journal',
      description: 'Guides & notes',
    })
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/)
    expect(xml).toContain('<description>Guides &amp; notes</description>')
    const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1])
    expect(links.sort()).toEqual(publishedPostSlugs.map((slug) => `${SITE_URL}/blog/${slug}`).sort())
    for (const draft of draftOnly) expect(xml).not.toContain(draft.slug!.current!)
    expect(xml).not.toContain('(draft update)')
    expect(xml).toMatch(/<pubDate>\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT<\/pubDate>/)
  })

  it('escapes markup in titles', () => {
    const xml = buildRssFeed({
      posts: [
        {
          title: 'A <b> & "c"',
          slug: 'x',
          excerpt: null,
          publishedAt: '2026-01-01T00:00:00Z',
          _updatedAt: '2026-01-01T00:00:00Z',
          author: null,
          categories: null,
        },
      ],
      siteUrl: SITE_URL,
      title: 't',
      description: 'd',
    })
    expect(xml).toContain('<title>A &lt;b&gt; &amp; &quot;c&quot;</title>')
  })
})

describe('robots.txt', () => {
  it('keeps crawlers out of the Studio and the staff area and points at the sitemap', () => {
    const rules = robots()
    const disallow = [rules.rules].flat().flatMap((r) => [r.disallow ?? []].flat())
    expect(disallow).toEqual(expect.arrayContaining(['/studio', '/staff']))
    expect(String(rules.sitemap)).toMatch(/\/sitemap\.xml$/)
  })
})

import type {FeedQueryResult} from '@/sanity/types'
import {DEFAULT_LOCALE, HTML_LANG, type Locale} from '@/lib/i18n/locales'
import {pathsFor} from '@/lib/routes/paths'
import {absoluteUrl} from './urls'

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids would make the whole feed unreadable.
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c])
}

function rfc822(value: string): string {
  return new Date(value).toUTCString()
}

/** An RSS 2.0 document for the newest posts of one edition (English unless `locale` names another). */
export function buildRssFeed(input: {
  posts: FeedQueryResult
  siteUrl: string
  title: string
  description: string
  locale?: Locale
}): string {
  const {siteUrl, locale = DEFAULT_LOCALE} = input
  const paths = pathsFor(locale)
  const items = input.posts
    .filter((post) => post.slug && post.title)
    .map((post) => {
      const link = absoluteUrl(paths.post(post.slug!), siteUrl)
      const lines = [
        `<title>${escapeXml(post.title!)}</title>`,
        `<link>${escapeXml(link)}</link>`,
        `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
        post.excerpt ? `<description>${escapeXml(post.excerpt)}</description>` : '',
        post.publishedAt ? `<pubDate>${rfc822(post.publishedAt)}</pubDate>` : '',
        post.author ? `<dc:creator>${escapeXml(post.author)}</dc:creator>` : '',
        ...(post.categories ?? [])
          .filter((c): c is string => Boolean(c))
          .map((c) => `<category>${escapeXml(c)}</category>`),
      ].filter(Boolean)
      return `    <item>\n      ${lines.join('\n      ')}\n    </item>`
    })
  const newest = input.posts
    .map((p) => p.publishedAt)
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1)
  const feedUrl = absoluteUrl(paths.feed(), siteUrl)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${escapeXml(input.title)}</title>`,
    `    <link>${escapeXml(absoluteUrl(paths.blog(), siteUrl))}</link>`,
    `    <description>${escapeXml(input.description)}</description>`,
    `    <language>${HTML_LANG[locale]}</language>`,
    newest ? `    <lastBuildDate>${rfc822(newest)}</lastBuildDate>` : '',
    `    <atom:link href="${escapeXml(feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '  </channel>',
    '</rss>',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n')
}

import type {MetadataRoute} from 'next'
import type {SitemapQueryResult} from '@/sanity/types'
import {DEFAULT_LOCALE, LOCALES, type Locale} from '@/lib/i18n/locales'
import {pathsFor} from '@/lib/routes/paths'
import {documentPath} from '@/lib/routes/document-paths'
import {absoluteUrl} from './urls'
import {type EditionPaths, languageAlternates} from './metadata'

type Entry = {slug: string | null; _updatedAt: string; _id?: string}

/** One document's translations, as its translation.metadata document links them. */
export type TranslationGroup = Array<{language: string | null; id: string | null}>

function latest(entries: Entry[]): string | undefined {
  return entries
    .map((e) => e._updatedAt)
    .sort()
    .at(-1)
}

const TYPE_OF: Record<keyof SitemapQueryResult, string> = {
  posts: 'post',
  treatments: 'treatment',
  people: 'person',
  categories: 'category',
  pages: 'page',
}

/** Every document's address in each edition that has it, keyed by document id. */
function editionsById(content: Partial<Record<Locale, SitemapQueryResult>>, groups: TranslationGroup[]): Map<string, EditionPaths> {
  const pathOf = new Map<string, {locale: Locale; path: string}>()
  for (const locale of LOCALES) {
    const edition = content[locale]
    if (!edition) continue
    for (const [list, type] of Object.entries(TYPE_OF) as [keyof SitemapQueryResult, string][]) {
      for (const doc of (edition[list] ?? []) as Entry[]) {
        const path = documentPath(type, doc.slug, locale)
        if (doc._id && path) pathOf.set(doc._id, {locale, path})
      }
    }
  }
  const byId = new Map<string, EditionPaths>()
  for (const group of groups) {
    const editions: EditionPaths = {}
    for (const member of group) {
      const found = member.id ? pathOf.get(member.id) : undefined
      if (found && found.locale === member.language) editions[found.locale] = found.path
    }
    for (const member of group) if (member.id && pathOf.has(member.id)) byId.set(member.id, editions)
  }
  return byId
}

/**
 * Every public page of each edition with an absolute URL; lastmod from the content that page
 * shows. A page that exists in more than one edition lists the others as hreflang alternates (the
 * fixed pages always do; a document when a translation links it). `content` is the English
 * edition's, or each edition's by locale.
 */
export function buildSitemap(
  content: SitemapQueryResult | Partial<Record<Locale, SitemapQueryResult>>,
  options: {siteUrl: string; postsPerPage: number; settingsUpdatedAt?: string; translations?: TranslationGroup[]},
): MetadataRoute.Sitemap {
  const editions: Partial<Record<Locale, SitemapQueryResult>> = 'posts' in content ? {[DEFAULT_LOCALE]: content} : content
  const present = LOCALES.filter((locale) => editions[locale])
  const {siteUrl} = options
  const url = (path: string) => absoluteUrl(path, siteUrl)
  const alternatesFor = (paths: EditionPaths) => {
    const languages = languageAlternates(paths, siteUrl)
    return languages ? {alternates: {languages}} : {}
  }
  // The same fixed page in every edition the sitemap lists.
  const fixed = (page: (locale: Locale) => string) => alternatesFor(Object.fromEntries(present.map((l) => [l, page(l)])))
  const byId = editionsById(editions, options.translations ?? [])
  const translated = (doc: Entry) => alternatesFor((doc._id && byId.get(doc._id)) || {})
  const withSlug = <T extends Entry>(list: T[]) => list.filter((e): e is T & {slug: string} => Boolean(e.slug))

  return present
    .flatMap((locale) => {
      const edition = editions[locale]!
      const paths = pathsFor(locale)
      const posts = withSlug(edition.posts)
      const newestPost = latest(posts)
      const blogPages = Math.max(1, Math.ceil(posts.length / options.postsPerPage))
      return [
        {url: url(paths.home()), lastModified: newestPost, ...fixed((l) => pathsFor(l).home())},
        ...Array.from({length: blogPages}, (_, i) => ({
          url: url(paths.blog(i + 1)),
          lastModified: newestPost,
          ...(i === 0 ? fixed((l) => pathsFor(l).blog()) : {}),
        })),
        ...withSlug(edition.categories).map((c) => ({url: url(paths.category(c.slug)), lastModified: newestPost ?? c._updatedAt, ...translated(c)})),
        ...posts.map((p) => ({url: url(paths.post(p.slug)), lastModified: p._updatedAt, ...translated(p)})),
        {url: url(paths.treatments()), lastModified: latest(edition.treatments), ...fixed((l) => pathsFor(l).treatments())},
        ...withSlug(edition.treatments).map((t) => ({url: url(paths.treatment(t.slug)), lastModified: t._updatedAt, ...translated(t)})),
        ...withSlug(edition.people).map((p) => ({url: url(paths.person(p.slug)), lastModified: p._updatedAt, ...translated(p)})),
        {url: url(paths.clinic()), lastModified: options.settingsUpdatedAt, ...fixed((l) => pathsFor(l).clinic())},
        {url: url(paths.privacy()), lastModified: options.settingsUpdatedAt, ...fixed((l) => pathsFor(l).privacy())},
        ...withSlug(edition.pages ?? []).map((p) => ({url: url(paths.page(p.slug)), lastModified: p._updatedAt, ...translated(p)})),
      ]
    })
    .map(({lastModified, ...entry}) => (lastModified ? {...entry, lastModified} : entry))
}

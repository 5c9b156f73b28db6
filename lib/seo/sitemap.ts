import type {MetadataRoute} from 'next'
import type {SitemapQueryResult} from '@/sanity/types'
import {paths} from '@/lib/routes/paths'
import {absoluteUrl} from './urls'

type Entry = {slug: string | null; _updatedAt: string}

function latest(entries: Entry[]): string | undefined {
  return entries
    .map((e) => e._updatedAt)
    .sort()
    .at(-1)
}

/** Every public page with an absolute URL; lastmod from the content that page shows. */
export function buildSitemap(
  content: SitemapQueryResult,
  options: {siteUrl: string; postsPerPage: number; settingsUpdatedAt?: string},
): MetadataRoute.Sitemap {
  const {siteUrl} = options
  const url = (path: string) => absoluteUrl(path, siteUrl)
  const withSlug = <T extends Entry>(list: T[]) =>
    list.filter((e): e is T & {slug: string} => Boolean(e.slug))
  const posts = withSlug(content.posts)
  const newestPost = latest(posts)
  const blogPages = Math.max(1, Math.ceil(posts.length / options.postsPerPage))

  return [
    {url: url(paths.home()), lastModified: newestPost},
    ...Array.from({length: blogPages}, (_, i) => ({url: url(paths.blog(i + 1)), lastModified: newestPost})),
    ...withSlug(content.categories).map((c) => ({
      url: url(paths.category(c.slug)),
      lastModified: newestPost ?? c._updatedAt,
    })),
    ...posts.map((p) => ({url: url(paths.post(p.slug)), lastModified: p._updatedAt})),
    {url: url(paths.treatments()), lastModified: latest(content.treatments)},
    ...withSlug(content.treatments).map((t) => ({
      url: url(paths.treatment(t.slug)),
      lastModified: t._updatedAt,
    })),
    ...withSlug(content.people).map((p) => ({url: url(paths.person(p.slug)), lastModified: p._updatedAt})),
    {url: url(paths.clinic()), lastModified: options.settingsUpdatedAt},
    {url: url(paths.privacy()), lastModified: options.settingsUpdatedAt},
    ...withSlug(content.pages ?? []).map((p) => ({url: url(paths.page(p.slug)), lastModified: p._updatedAt})),
  ].map((entry) => (entry.lastModified ? entry : {url: entry.url}))
}

import type {Metadata} from 'next'
import type {CategoryPage} from '@/lib/content'
import {paths} from '@/lib/routes/paths'
import {absoluteUrl} from './urls'

export type PageMetadataInput = {
  title: string
  description?: string | null
  path: string
  siteName: string
  siteUrl?: string
  /** Absolute or site-relative image URL; omit when the route has its own opengraph-image file. */
  image?: {url: string; width?: number; height?: number; alt?: string} | null
  article?: {publishedTime?: string; modifiedTime?: string; authors?: string[]; section?: string}
  noindex?: boolean
}

/** The name the feed has everywhere: the same words as the feed's own <title>. */
export function feedTitle(siteName?: string | null): string {
  return `${siteName?.trim() || 'Clinic'} journal`
}

/**
 * `alternates` for a page: its canonical URL and the RSS feed. Next replaces the layout's
 * `alternates` with the page's as a whole (it merges metadata one key deep), so a page that sets a
 * canonical and not the feed stops advertising the feed: every page builds it here instead.
 */
export function pageAlternates({path, siteName, siteUrl}: {path: string; siteName?: string | null; siteUrl?: string}): NonNullable<Metadata['alternates']> {
  return {
    canonical: absoluteUrl(path, siteUrl),
    types: {'application/rss+xml': [{url: absoluteUrl(paths.feed(), siteUrl), title: feedTitle(siteName)}]},
  }
}

/**
 * Metadata for one page. Next merges metadata shallowly, so each page states its Open Graph and
 * Twitter fields in full rather than relying on the layout's.
 */
export function buildMetadata(input: PageMetadataInput): Metadata {
  const canonical = absoluteUrl(input.path, input.siteUrl)
  const description = input.description?.trim() || undefined
  const images = input.image
    ? [{...input.image, url: absoluteUrl(input.image.url, input.siteUrl)}]
    : undefined
  return {
    title: input.title,
    description,
    alternates: pageAlternates(input),
    robots: input.noindex ? {index: false, follow: false} : undefined,
    openGraph: {
      title: input.title,
      description,
      url: canonical,
      siteName: input.siteName,
      locale: 'en_SG',
      ...(input.article
        ? {
            type: 'article' as const,
            publishedTime: input.article.publishedTime,
            modifiedTime: input.article.modifiedTime,
            authors: input.article.authors,
            section: input.article.section,
          }
        : {type: 'website' as const}),
      ...(images ? {images} : {}),
    },
    twitter: {
      card: 'summary_large_image',
      title: input.title,
      description,
      ...(images ? {images: images.map((image) => image.url)} : {}),
    },
  }
}

/** For an unknown slug: the page itself calls notFound(); the tab should still say what happened. */
export const notFoundMetadata: Metadata = {title: 'Page not found'}

/** A category listing's title, description and canonical, page 2 on named as such. */
export function categoryPageMetadata({category, page}: Pick<CategoryPage, 'category' | 'page'>, siteName: string): Metadata {
  return buildMetadata({
    title: page > 1 ? `${category.title}, page ${page}` : category.title,
    description: category.description ?? `Journal posts about ${category.title.toLowerCase()}.`,
    path: paths.category(category.slug, page),
    siteName,
  })
}

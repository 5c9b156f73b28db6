import type {Metadata} from 'next'
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
    alternates: {canonical},
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

import type {Metadata} from 'next'
import type {CategoryPage} from '@/lib/content'
import {DEFAULT_LOCALE, type EditionPaths, HTML_LANG, LOCALES, type Locale} from '@/lib/i18n/locales'
import {siteText} from '@/lib/i18n/site-text'
import {pathsFor} from '@/lib/routes/paths'
import {absoluteUrl} from './urls'

export type {EditionPaths}

/** Open Graph's locale format (language_TERRITORY). */
const OG_LOCALE: Record<Locale, string> = {en: 'en_SG', 'zh-Hans': 'zh_SG'}

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
  /** The edition the page is in; English unless named. */
  locale?: Locale
  /** The same page in each edition that has it (see EditionPaths); without it, only this one. */
  editions?: EditionPaths
}

/** The name the feed has everywhere: the same words as the feed's own <title>. */
export function feedTitle(siteName?: string | null, locale: Locale = DEFAULT_LOCALE): string {
  return siteText(locale)('journal.feedTitle', {clinic: siteName?.trim() || 'Clinic'})
}

/**
 * hreflang alternates: each edition's address under its language tag, and `x-default` (for
 * readers of neither language) at the English one. None when the page exists in one edition only.
 */
export function languageAlternates(editions: EditionPaths, siteUrl?: string): Record<string, string> | undefined {
  const present = LOCALES.filter((locale) => editions[locale])
  if (present.length < 2) return undefined
  const languages: Record<string, string> = {}
  for (const locale of present) languages[HTML_LANG[locale]] = absoluteUrl(editions[locale]!, siteUrl)
  if (editions.en) languages['x-default'] = absoluteUrl(editions.en, siteUrl)
  return languages
}

/**
 * `alternates` for a page: its canonical URL and the RSS feed. Next replaces the layout's
 * `alternates` with the page's as a whole (it merges metadata one key deep), so a page that sets a
 * canonical and not the feed stops advertising the feed: every page builds it here instead.
 */
export function pageAlternates({
  path,
  siteName,
  siteUrl,
  locale = DEFAULT_LOCALE,
  editions,
}: {
  path: string
  siteName?: string | null
  siteUrl?: string
  locale?: Locale
  editions?: EditionPaths
}): NonNullable<Metadata['alternates']> {
  const languages = editions && languageAlternates(editions, siteUrl)
  return {
    canonical: absoluteUrl(path, siteUrl),
    ...(languages ? {languages} : {}),
    types: {'application/rss+xml': [{url: absoluteUrl(pathsFor(locale).feed(), siteUrl), title: feedTitle(siteName, locale)}]},
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
      locale: OG_LOCALE[input.locale ?? DEFAULT_LOCALE],
      alternateLocale: LOCALES.filter((l) => l !== (input.locale ?? DEFAULT_LOCALE) && input.editions?.[l]).map((l) => OG_LOCALE[l]),
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

export function notFoundMetadataIn(locale: Locale = DEFAULT_LOCALE): Metadata {
  return {title: siteText(locale)('notFound.metaTitle')}
}

/** A category listing's title, description and canonical, page 2 on named as such. */
export function categoryPageMetadata(
  {category, page}: Pick<CategoryPage, 'category' | 'page'>,
  siteName: string,
  locale: Locale = DEFAULT_LOCALE,
  editions?: EditionPaths,
): Metadata {
  const t = siteText(locale)
  return buildMetadata({
    title: page > 1 ? t('journal.categoryMetaTitlePaged', {title: category.title, page}) : category.title,
    description: category.description ?? t('journal.categoryDescription', {topic: locale === DEFAULT_LOCALE ? category.title.toLowerCase() : category.title}),
    path: pathsFor(locale).category(category.slug, page),
    siteName,
    locale,
    editions,
  })
}

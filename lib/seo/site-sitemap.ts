import 'server-only'
import type {MetadataRoute} from 'next'
import {getSettings, getSitemapEntries, getTranslationGroups, POSTS_PER_PAGE} from '@/lib/content'
import {LOCALES} from '@/lib/i18n/locales'
import {buildSitemap} from './sitemap'

/**
 * The site's sitemap, read from the content: both editions, each page with its counterparts as
 * hreflang alternates. app/sitemap.ts serves it; a publish refreshes the caches in front for every
 * page it lists (lib/publishing), the Chinese ones included.
 */
export async function siteSitemap(siteUrl: string): Promise<MetadataRoute.Sitemap> {
  const [editions, translations, settings] = await Promise.all([
    Promise.all(LOCALES.map(async (locale) => [locale, await getSitemapEntries(locale)] as const)),
    getTranslationGroups(),
    getSettings(),
  ])
  return buildSitemap(Object.fromEntries(editions), {siteUrl, postsPerPage: POSTS_PER_PAGE, settingsUpdatedAt: settings._updatedAt, translations})
}

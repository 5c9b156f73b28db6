import type {MetadataRoute} from 'next'
import {getSettings, getSitemapEntries, getTranslationGroups, POSTS_PER_PAGE} from '@/lib/content'
import {LOCALES} from '@/lib/i18n/locales'
import {env} from '@/lib/platform/env'
import {buildSitemap} from '@/lib/seo'

export const revalidate = 3600

// Both editions in one sitemap, each page with its counterparts as hreflang alternates.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [editions, translations, settings] = await Promise.all([
    Promise.all(LOCALES.map(async (locale) => [locale, await getSitemapEntries(locale)] as const)),
    getTranslationGroups(),
    getSettings(),
  ])
  return buildSitemap(Object.fromEntries(editions), {
    siteUrl: env().SITE_URL,
    postsPerPage: POSTS_PER_PAGE,
    settingsUpdatedAt: settings._updatedAt,
    translations,
  })
}

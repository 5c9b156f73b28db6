import type {MetadataRoute} from 'next'
import {getSettings, getSitemapEntries, POSTS_PER_PAGE} from '@/lib/content'
import {env} from '@/lib/platform/env'
import {buildSitemap} from '@/lib/seo'

export const revalidate = 3600

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [entries, settings] = await Promise.all([getSitemapEntries(), getSettings()])
  return buildSitemap(entries, {
    siteUrl: env().SITE_URL,
    postsPerPage: POSTS_PER_PAGE,
    settingsUpdatedAt: settings._updatedAt,
  })
}

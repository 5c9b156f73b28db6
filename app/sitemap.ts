import type {MetadataRoute} from 'next'
import {env} from '@/lib/platform/env'
import {siteSitemap} from '@/lib/seo'

export const revalidate = 3600

// Both editions in one sitemap (lib/seo/site-sitemap.ts).
export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return siteSitemap(env().SITE_URL)
}

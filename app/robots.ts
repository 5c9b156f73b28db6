import type {MetadataRoute} from 'next'
import {env} from '@/lib/platform/env'
import {absoluteUrl} from '@/lib/seo'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{userAgent: '*', allow: '/', disallow: ['/studio', '/staff', '/api/', '/size-baseline', '/go/']}],
    sitemap: absoluteUrl('/sitemap.xml', env().SITE_URL),
  }
}

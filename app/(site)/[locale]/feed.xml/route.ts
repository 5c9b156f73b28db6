import {getFeedPosts, getSettings} from '@/lib/content'
import {LOCALES} from '@/lib/i18n/locales'
import {env} from '@/lib/platform/env'
import {buildRssFeed} from '@/lib/seo'

export const revalidate = 3600

// One feed per edition (/feed.xml and /zh/feed.xml), built at build time like the pages.
export function generateStaticParams() {
  return LOCALES.map((locale) => ({locale}))
}

export async function GET() {
  const [posts, settings] = await Promise.all([getFeedPosts(), getSettings()])
  const xml = buildRssFeed({
    posts,
    siteUrl: env().SITE_URL,
    title: `${settings.clinicName ?? 'Clinic'} journal`,
    description: settings.tagline ?? 'Guides to skin and treatments, reviewed by our doctors.',
  })
  return new Response(xml, {headers: {'Content-Type': 'application/rss+xml; charset=utf-8'}})
}

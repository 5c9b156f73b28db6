import {getFeedPosts, getSettings} from '@/lib/content'
import {env} from '@/lib/platform/env'
import {buildRssFeed} from '@/lib/seo'

export const revalidate = 3600

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

import {notFound} from 'next/navigation'
import {getFeedPosts, getSettings} from '@/lib/content'
import {isLocale, LOCALES} from '@/lib/i18n/locales'
import {siteText} from '@/lib/i18n/site-text'
import {env} from '@/lib/platform/env'
import {buildRssFeed, feedTitle} from '@/lib/seo'

export const revalidate = 3600

// One feed per edition (/feed.xml and /zh/feed.xml), each with its own posts only, built at build time like the pages.
export function generateStaticParams() {
  return LOCALES.map((locale) => ({locale}))
}

export async function GET(_request: Request, {params}: {params: Promise<{locale: string}>}) {
  const {locale} = await params
  if (!isLocale(locale)) notFound()
  const [posts, settings] = await Promise.all([getFeedPosts(locale), getSettings(locale)])
  const xml = buildRssFeed({
    posts,
    siteUrl: env().SITE_URL,
    title: feedTitle(settings.clinicName, locale),
    description: settings.tagline ?? siteText(locale)('journal.feedDescription'),
    locale,
  })
  return new Response(xml, {headers: {'Content-Type': 'application/rss+xml; charset=utf-8'}})
}

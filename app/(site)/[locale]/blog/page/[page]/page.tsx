import type {Metadata} from 'next'
import {notFound, permanentRedirect} from 'next/navigation'
import {getTranslations} from 'next-intl/server'
import {PostListing} from '@/components/article/PostListing'
import {getCategories, getSettings, getJournalPage, prerenderedJournalPageParams} from '@/lib/content'
import type {Locale} from '@/lib/i18n/locales'
import {pageLocale} from '@/lib/i18n/page-locale'
import {inEveryEdition} from '@/lib/i18n/static-params'
import {buildMetadata} from '@/lib/seo'
import {pathsFor} from '@/lib/routes/paths'

export const revalidate = 3600

type Props = {params: Promise<{locale: string; page: string}>}

async function load(pageParam: string, locale: Locale) {
  // Page 1 has one address, /blog.
  if (pageParam === '1') permanentRedirect(pathsFor(locale).blog())
  const listing = await getJournalPage(pageParam, locale)
  if (!listing) notFound()
  return listing
}

export const dynamicParams = true
export function generateStaticParams() {
  return inEveryEdition(prerenderedJournalPageParams)
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const [{page}, settings, t] = await Promise.all([load((await params).page, locale), getSettings(locale), getTranslations({locale, namespace: 'site'})])
  return buildMetadata({
    title: t('journal.metaTitlePaged', {page}),
    path: pathsFor(locale).blog(page),
    siteName: settings.clinicName ?? '',
    locale,
  })
}

export default async function BlogPageN({params}: Props) {
  const locale = await pageLocale(params)
  const paths = pathsFor(locale)
  const [{page, pageCount, posts}, categories, t] = await Promise.all([
    load((await params).page, locale),
    getCategories(locale),
    getTranslations({locale, namespace: 'site'}),
  ])
  const crumbs = [
    {name: t('crumbs.home'), path: paths.home()},
    {name: t('crumbs.journal'), path: paths.blog()},
    {name: t('crumbs.page', {page}), path: paths.blog(page)},
  ]
  return (
    <PostListing
      title={t('journal.title')}
      crumbs={crumbs}
      posts={posts}
      categories={categories}
      page={page}
      pageCount={pageCount}
      hrefFor={paths.blog}
      locale={locale}
    />
  )
}

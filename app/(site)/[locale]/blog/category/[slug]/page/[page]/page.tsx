import type {Metadata} from 'next'
import {notFound, permanentRedirect} from 'next/navigation'
import {CategoryListing} from '@/components/article/CategoryListing'
import {getCategories, getSettings, getCategoryPage, prerenderedCategoryPageParams} from '@/lib/content'
import type {Locale} from '@/lib/i18n/locales'
import {pageLocale} from '@/lib/i18n/page-locale'
import {inEveryEdition} from '@/lib/i18n/static-params'
import {pathsFor} from '@/lib/routes/paths'
import {categoryPageMetadata} from '@/lib/seo'

export const revalidate = 3600

type Props = {params: Promise<{locale: string; slug: string; page: string}>}

async function load({slug, page}: {slug: string; page: string}, locale: Locale) {
  const listing = await getCategoryPage(slug, page, locale)
  if (!listing) notFound()
  return listing
}

export const dynamicParams = true
export function generateStaticParams() {
  return inEveryEdition(prerenderedCategoryPageParams)
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const [listing, settings] = await Promise.all([load(await params, locale), getSettings(locale)])
  return categoryPageMetadata(listing, settings.clinicName ?? '', locale)
}

export default async function CategoryPageN({params}: Props) {
  const locale = await pageLocale(params)
  const {slug, page} = await params
  // Page 1 has one address, the category's own.
  if (page === '1') permanentRedirect(pathsFor(locale).category(slug))
  const [listing, categories] = await Promise.all([load({slug, page}, locale), getCategories(locale)])
  return <CategoryListing listing={listing} categories={categories} locale={locale} />
}

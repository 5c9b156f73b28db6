import type {Metadata} from 'next'
import {CategoryListing} from '@/components/article/CategoryListing'
import {documentEditions, getCategories, getSettings, getCategoryPage, prerenderedCategoryParams, notFoundUnlessRedirected} from '@/lib/content'
import type {Locale} from '@/lib/i18n/locales'
import {pageLocale} from '@/lib/i18n/page-locale'
import {inEveryEdition} from '@/lib/i18n/static-params'
import {pathsFor} from '@/lib/routes/paths'
import {categoryPageMetadata} from '@/lib/seo'

export const revalidate = 3600

type Props = {params: Promise<{locale: string; slug: string}>}

async function load(slug: string, locale: Locale) {
  const listing = await getCategoryPage(slug, '1', locale)
  if (!listing) return notFoundUnlessRedirected(pathsFor(locale).category(slug))
  return listing
}

export const dynamicParams = true
export function generateStaticParams() {
  return inEveryEdition(prerenderedCategoryParams)
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const [listing, settings] = await Promise.all([load((await params).slug, locale), getSettings(locale)])
  const path = pathsFor(locale).category(listing.category.slug)
  return categoryPageMetadata(listing, settings.clinicName ?? '', locale, await documentEditions(listing.category._id, locale, path))
}

export default async function CategoryPage({params}: Props) {
  const locale = await pageLocale(params)
  const [listing, categories] = await Promise.all([load((await params).slug, locale), getCategories(locale)])
  return <CategoryListing listing={listing} categories={categories} locale={locale} />
}

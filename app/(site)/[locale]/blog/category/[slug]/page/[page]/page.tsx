import type {Metadata} from 'next'
import {notFound, permanentRedirect} from 'next/navigation'
import {CategoryListing} from '@/components/article/CategoryListing'
import {getCategories, getSettings, getCategoryPage, prerenderedCategoryPageParams} from '@/lib/content'
import {paths} from '@/lib/routes/paths'
import {categoryPageMetadata} from '@/lib/seo'

export const revalidate = 3600

type Props = {params: Promise<{slug: string; page: string}>}

async function load({slug, page}: {slug: string; page: string}) {
  const listing = await getCategoryPage(slug, page)
  if (!listing) notFound()
  return listing
}

export const dynamicParams = true
export const generateStaticParams = () => prerenderedCategoryPageParams()

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const [listing, settings] = await Promise.all([load(await params), getSettings()])
  return categoryPageMetadata(listing, settings.clinicName ?? '')
}

export default async function CategoryPageN({params}: Props) {
  const {slug, page} = await params
  // Page 1 has one address, the category's own.
  if (page === '1') permanentRedirect(paths.category(slug))
  const [listing, categories] = await Promise.all([load({slug, page}), getCategories()])
  return <CategoryListing listing={listing} categories={categories} />
}

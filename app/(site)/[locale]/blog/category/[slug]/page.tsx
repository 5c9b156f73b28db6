import type {Metadata} from 'next'
import {CategoryListing} from '@/components/article/CategoryListing'
import {getCategories, getSettings, getCategoryPage, prerenderedCategoryParams, type EditionParams, notFoundUnlessRedirected} from '@/lib/content'
import {paths} from '@/lib/routes/paths'
import {categoryPageMetadata} from '@/lib/seo'

export const revalidate = 3600

type Props = {params: Promise<{slug: string}>}

async function load(slug: string) {
  const listing = await getCategoryPage(slug)
  if (!listing) return notFoundUnlessRedirected(paths.category(slug))
  return listing
}

export const dynamicParams = true
export const generateStaticParams = ({params}: EditionParams) => prerenderedCategoryParams(params.locale)

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const [listing, settings] = await Promise.all([load((await params).slug), getSettings()])
  return categoryPageMetadata(listing, settings.clinicName ?? '')
}

export default async function CategoryPage({params}: Props) {
  const [listing, categories] = await Promise.all([load((await params).slug), getCategories()])
  return <CategoryListing listing={listing} categories={categories} />
}

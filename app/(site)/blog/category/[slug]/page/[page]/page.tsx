import type {Metadata} from 'next'
import {CategoryListing, categoryMetadata, categoryStaticParams} from '@/components/article/CategoryListing'

export const revalidate = 3600

type Props = {params: Promise<{slug: string; page: string}>}

export async function generateStaticParams() {
  return (await categoryStaticParams()).filter((p) => p.page !== '1')
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const {slug, page} = await params
  return categoryMetadata(slug, page)
}

export default async function CategoryPageN({params}: Props) {
  const {slug, page} = await params
  return <CategoryListing slug={slug} pageParam={page} />
}

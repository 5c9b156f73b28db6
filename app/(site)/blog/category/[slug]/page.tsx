import type {Metadata} from 'next'
import {CategoryListing, categoryMetadata, categoryStaticParams} from '@/components/article/CategoryListing'

export const revalidate = 3600

type Props = {params: Promise<{slug: string}>}

export async function generateStaticParams() {
  return (await categoryStaticParams()).filter((p) => p.page === '1').map(({slug}) => ({slug}))
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  return categoryMetadata((await params).slug)
}

export default async function CategoryPage({params}: Props) {
  return <CategoryListing slug={(await params).slug} />
}

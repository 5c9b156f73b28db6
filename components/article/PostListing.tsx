import type {Category, PostCard} from '@/lib/content'
import {PageContainer, PageHeading} from '@/components/layout/PageHeading'
import {Breadcrumbs} from '@/components/ui/Breadcrumbs'
import {Pagination} from '@/components/ui/Pagination'
import type {Crumb} from '@/lib/seo/json-ld'
import {CategoryNav} from './CategoryNav'
import {PostGrid} from './PostCard'

type Props = {
  title: string
  intro?: string | null
  crumbs: Crumb[]
  posts: PostCard[]
  categories: Category[]
  currentCategory?: string
  page: number
  pageCount: number
  hrefFor: (page: number) => string
}

export function PostListing({
  title,
  intro,
  crumbs,
  posts,
  categories,
  currentCategory,
  page,
  pageCount,
  hrefFor,
}: Props) {
  return (
    <PageContainer className="pt-2">
      <Breadcrumbs crumbs={crumbs} />
      <div className="mt-2">
        <PageHeading title={page > 1 ? `${title} (page ${page})` : title}>
          {intro ? <p>{intro}</p> : null}
        </PageHeading>
      </div>
      <CategoryNav categories={categories} current={currentCategory} />
      <div className="mt-8">
        {posts.length > 0 ? <PostGrid posts={posts} titleAs="h2" eagerFirst /> : <p>No posts here yet.</p>}
      </div>
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} />
    </PageContainer>
  )
}

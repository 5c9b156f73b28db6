import type {Category, PostCard} from '@/lib/content'
import {PageContainer, PageHeading} from '@/components/layout/PageHeading'
import {Breadcrumbs} from '@/components/ui/Breadcrumbs'
import {Pagination} from '@/components/ui/Pagination'
import type {Crumb} from '@/lib/seo/json-ld'
import {CategoryNav} from './CategoryNav'
import {PostGrid} from './PostCard'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {siteText} from '@/lib/i18n/site-text'

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
  locale?: Locale
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
  locale = DEFAULT_LOCALE,
}: Props) {
  const t = siteText(locale)
  return (
    <PageContainer className="pt-2">
      <Breadcrumbs crumbs={crumbs} />
      <div className="mt-2">
        <PageHeading title={page > 1 ? t('journal.titlePaged', {title, page}) : title}>
          {intro ? <p>{intro}</p> : null}
        </PageHeading>
      </div>
      <CategoryNav categories={categories} current={currentCategory} locale={locale} />
      <div className="mt-8">
        {posts.length > 0 ? <PostGrid posts={posts} titleAs="h2" eagerFirst locale={locale} /> : <p>{t('journal.empty')}</p>}
      </div>
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} />
    </PageContainer>
  )
}

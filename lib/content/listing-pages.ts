import 'server-only'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {pageCountFor, parsePageParam} from '@/lib/routes/pagination'
import {type Category, getCategoryBySlug, getPostsPage, POSTS_PER_PAGE, type PostCard} from './getters'

// The journal and its category listings are paged: /blog, /blog/page/<n>, /blog/category/<slug>
// and /blog/category/<slug>/page/<n>. These getters decide which pages exist; routes only turn a
// null into a 404.

export type ListingPage = {page: number; pageCount: number; total: number; posts: PostCard[]}
export type CategoryPage = ListingPage & {category: Category & {slug: string; title: string}}

/** Page `pageParam` ("1", "2", ...) of the journal, or of one category's posts; null when it has no such page. */
async function listingPage(pageParam: string, category: string | undefined, locale: Locale): Promise<ListingPage | null> {
  const first = await getPostsPage({page: 1, category, locale})
  const pageCount = pageCountFor(first.total, POSTS_PER_PAGE)
  const page = pageParam === '1' ? 1 : parsePageParam(pageParam, pageCount)
  if (!page) return null
  const {total, posts} = page === 1 ? first : await getPostsPage({page, category, locale})
  return {page, pageCount, total, posts}
}

export function getJournalPage(pageParam = '1', locale: Locale = DEFAULT_LOCALE): Promise<ListingPage | null> {
  return listingPage(pageParam, undefined, locale)
}

export async function getCategoryPage(slug: string, pageParam = '1', locale: Locale = DEFAULT_LOCALE): Promise<CategoryPage | null> {
  const category = await getCategoryBySlug(slug, locale)
  if (!category?.slug || !category.title) return null
  const listing = await listingPage(pageParam, slug, locale)
  return listing && {...listing, category: {...category, slug: category.slug, title: category.title}}
}

import 'server-only'
import type {
  CategoriesQueryResult,
  CategoryBySlugQueryResult,
  FeedQueryResult,
  LatestPostsQueryResult,
  PageBySlugQueryResult,
  PersonBySlugQueryResult,
  PostBySlugQueryResult,
  PostCardsByIdQueryResult,
  PostsNearInCategoriesQueryResult,
  PostsPageQueryResult,
  SettingsQueryResult,
  SitemapQueryResult,
  TreatmentBySlugQueryResult,
  TreatmentsQueryResult,
} from '@/sanity/types'
import {fetchContent} from './fetch-content'
import {
  categoriesQuery,
  categoryBySlugQuery,
  feedQuery,
  latestPostsQuery,
  pageBySlugQuery,
  personBySlugQuery,
  postBySlugQuery,
  postCardsByIdQuery,
  postsNearInCategoriesQuery,
  postsPageQuery,
  settingsQuery,
  sitemapQuery,
  treatmentBySlugQuery,
  treatmentsQuery,
} from './queries'
import {TAGS} from './tags'

export const POSTS_PER_PAGE = 6

export type Settings = NonNullable<SettingsQueryResult>
export type PostCard = LatestPostsQueryResult[number]
export type Post = NonNullable<PostBySlugQueryResult>
export type TreatmentCard = TreatmentsQueryResult[number]
export type Treatment = NonNullable<TreatmentBySlugQueryResult>
export type Person = NonNullable<PersonBySlugQueryResult>
export type Category = CategoriesQueryResult[number]
export type Page = NonNullable<PageBySlugQueryResult>

export async function getSettings(): Promise<Settings> {
  const settings = await fetchContent<SettingsQueryResult>(settingsQuery, {}, [TAGS.settings])
  if (!settings) throw new Error('Clinic settings are missing from the content source')
  return settings
}

export function getCategories() {
  return fetchContent<CategoriesQueryResult>(categoriesQuery, {}, [TAGS.categories])
}

export function getCategoryBySlug(slug: string) {
  return fetchContent<CategoryBySlugQueryResult>(categoryBySlugQuery, {slug}, [TAGS.categories])
}

export function getPostsPage({page, category}: {page: number; category?: string}) {
  const start = (page - 1) * POSTS_PER_PAGE
  return fetchContent<PostsPageQueryResult>(
    postsPageQuery,
    {category: category ?? null, start, end: start + POSTS_PER_PAGE},
    [TAGS.posts, TAGS.people, TAGS.categories],
  )
}

export function getLatestPosts(limit: number) {
  return fetchContent<LatestPostsQueryResult>(latestPostsQuery, {limit}, [TAGS.posts, TAGS.people, TAGS.categories])
}

export function getPostBySlug(slug: string) {
  return fetchContent<PostBySlugQueryResult>(postBySlugQuery, {slug}, [TAGS.post(slug)])
}

// A curated reference to a document that was since deleted or unpublished resolves to null.
function curated<T>(items: readonly (T | null)[] | null | undefined): T[] {
  return (items ?? []).filter((item): item is T => item !== null)
}

/** How many related posts a post page shows; lib/publishing names as many neighbours a publish changes. */
export const RELATED_POSTS_LIMIT = 3

/**
 * The editor's curated related posts, or else the posts sharing a category nearest this one in
 * publish date (earlier ones first). Two reads, so that neither carries the `post` tag every post
 * publish clears: which posts (under this post's own tag; a publish clears it on the few
 * neighbours whose list it changes) and their cards (under the tags of the posts shown, so an edit
 * or take-down of one of them reaches this page wherever it moved).
 */
export async function getRelatedPosts(post: Post, limit = RELATED_POSTS_LIMIT): Promise<PostCard[]> {
  const chosen = curated(post.relatedPosts)
  if (chosen.length > 0) return chosen.slice(0, limit)
  const categoryIds = (post.categoryIds ?? []).filter((id): id is string => typeof id === 'string')
  if (categoryIds.length === 0 || !post.slug) return []
  const near = await fetchContent<PostsNearInCategoriesQueryResult>(
    postsNearInCategoriesQuery,
    {excludeId: post._id, categoryIds, publishedAt: post.publishedAt ?? '', limit},
    [TAGS.post(post.slug)],
  )
  const shown = [...near.earlier, ...near.later].filter((p) => p.slug).slice(0, limit)
  if (shown.length === 0) return []
  // A shown post's author or category changing clears that post's tag too (it references them).
  const ids = shown.map((p) => p._id)
  const cards = await fetchContent<PostCardsByIdQueryResult>(postCardsByIdQuery, {ids}, shown.map((p) => TAGS.post(p.slug!)))
  const byId = new Map(cards.map((card) => [card._id, card]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** The editor's curated posts for a treatment, or else the posts that link to it (no extra query). */
export function relatedPostsForTreatment(treatment: Treatment, limit = 3) {
  const chosen = curated(treatment.relatedPosts)
  return (chosen.length > 0 ? chosen : (treatment.linkedFromPosts ?? [])).slice(0, limit)
}

export function getTreatments() {
  return fetchContent<TreatmentsQueryResult>(treatmentsQuery, {}, [TAGS.treatments])
}

export function getTreatmentBySlug(slug: string) {
  return fetchContent<TreatmentBySlugQueryResult>(treatmentBySlugQuery, {slug}, [TAGS.treatment(slug), TAGS.posts])
}

export function getPersonBySlug(slug: string) {
  return fetchContent<PersonBySlugQueryResult>(personBySlugQuery, {slug}, [TAGS.person(slug), TAGS.posts, TAGS.treatments])
}

export function getPageBySlug(slug: string) {
  return fetchContent<PageBySlugQueryResult>(pageBySlugQuery, {slug}, [TAGS.page(slug)])
}

export function getSitemapEntries() {
  return fetchContent<SitemapQueryResult>(sitemapQuery, {}, [TAGS.posts, TAGS.treatments, TAGS.people, TAGS.categories, TAGS.pages])
}

export function getFeedPosts() {
  return fetchContent<FeedQueryResult>(feedQuery, {}, [TAGS.posts, TAGS.people, TAGS.categories])
}

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
import {DEFAULT_LOCALE, isLocale, type Locale} from '@/lib/i18n/locales'
import {documentPath} from '@/lib/routes/document-paths'
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
  translationGroupsQuery,
  translationsQuery,
  treatmentsQuery,
} from './queries'
import {RELATED_POSTS_LIMIT} from './list-limits'
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

// Every getter reads one edition (`locale`, English unless named): its cache key carries the
// language with the query's parameters. The tags stay per type and slug for both editions, so a
// publish in either language clears the pages that could show it.

/**
 * The clinic settings of an edition. A translation may leave fields empty (the address, the hours):
 * each missing field is the English settings' value, so the Chinese pages never show a gap.
 */
export async function getSettings(locale: Locale = DEFAULT_LOCALE): Promise<Settings> {
  const read = (language: Locale) => fetchContent<SettingsQueryResult>(settingsQuery, {language}, [TAGS.settings])
  const [own, english] = await Promise.all([read(locale), locale === DEFAULT_LOCALE ? null : read(DEFAULT_LOCALE)])
  const settings = withFallback(own, english)
  if (!settings) throw new Error('Clinic settings are missing from the content source')
  return settings
}

const isMissing = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

/** `own` with each missing field taken from `fallback`, one level deep. */
export function withFallback<T extends object>(own: T | null, fallback: T | null): T | null {
  if (!own || !fallback) return own ?? fallback
  const merged: Record<string, unknown> = {...(fallback as Record<string, unknown>)}
  for (const [key, value] of Object.entries(own)) if (!isMissing(value)) merged[key] = value
  return merged as unknown as T
}

export function getCategories(locale: Locale = DEFAULT_LOCALE) {
  return fetchContent<CategoriesQueryResult>(categoriesQuery, {language: locale}, [TAGS.categories])
}

export function getCategoryBySlug(slug: string, locale: Locale = DEFAULT_LOCALE) {
  return fetchContent<CategoryBySlugQueryResult>(categoryBySlugQuery, {slug, language: locale}, [TAGS.categories])
}

export function getPostsPage({page, category, locale = DEFAULT_LOCALE}: {page: number; category?: string; locale?: Locale}) {
  const start = (page - 1) * POSTS_PER_PAGE
  return fetchContent<PostsPageQueryResult>(
    postsPageQuery,
    {category: category ?? null, start, end: start + POSTS_PER_PAGE, language: locale},
    [TAGS.posts, TAGS.people, TAGS.categories],
  )
}

export function getLatestPosts(limit: number, locale: Locale = DEFAULT_LOCALE) {
  return fetchContent<LatestPostsQueryResult>(latestPostsQuery, {limit, language: locale}, [TAGS.posts, TAGS.people, TAGS.categories])
}

export function getPostBySlug(slug: string, locale: Locale = DEFAULT_LOCALE) {
  return fetchContent<PostBySlugQueryResult>(postBySlugQuery, {slug, language: locale}, [TAGS.post(slug)])
}

// A curated reference to a document that was since deleted or unpublished resolves to null.
function curated<T>(items: readonly (T | null)[] | null | undefined): T[] {
  return (items ?? []).filter((item): item is T => item !== null)
}

export {RELATED_POSTS_LIMIT}

/**
 * The editor's curated related posts, or else the posts of the same edition sharing a category
 * nearest this one in publish date (earlier ones first). Two reads, so that neither carries the `post` tag every post
 * publish clears: which posts (under this post's own tag; a publish clears it on the few
 * neighbours whose list it changes) and their cards (under the tags of the posts shown, so an edit
 * or take-down of one of them reaches this page wherever it moved).
 */
export async function getRelatedPosts(post: Post, limit = RELATED_POSTS_LIMIT, locale: Locale = DEFAULT_LOCALE): Promise<PostCard[]> {
  const chosen = curated(post.relatedPosts)
  if (chosen.length > 0) return chosen.slice(0, limit)
  const categoryIds = (post.categoryIds ?? []).filter((id): id is string => typeof id === 'string')
  if (categoryIds.length === 0 || !post.slug) return []
  const near = await fetchContent<PostsNearInCategoriesQueryResult>(
    postsNearInCategoriesQuery,
    {excludeId: post._id, categoryIds, publishedAt: post.publishedAt ?? '', limit, language: locale},
    [TAGS.post(post.slug)],
  )
  const shown = [...near.earlier, ...near.later].filter((p) => p.slug).slice(0, limit)
  if (shown.length === 0) return []
  // A shown post's author or category changing clears that post's tag too (it references them).
  const ids = shown.map((p) => p._id)
  const cards = await fetchContent<PostCardsByIdQueryResult>(postCardsByIdQuery, {ids, language: locale}, shown.map((p) => TAGS.post(p.slug!)))
  const byId = new Map(cards.map((card) => [card._id, card]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** The editor's curated posts for a treatment, or else the newest posts that link to it (no extra query). */
export function relatedPostsForTreatment(treatment: Treatment, limit = RELATED_POSTS_LIMIT) {
  const chosen = curated(treatment.relatedPosts)
  return (chosen.length > 0 ? chosen : (treatment.linkedFromPosts ?? [])).slice(0, limit)
}

export function getTreatments(locale: Locale = DEFAULT_LOCALE) {
  return fetchContent<TreatmentsQueryResult>(treatmentsQuery, {language: locale}, [TAGS.treatments])
}

export function getTreatmentBySlug(slug: string, locale: Locale = DEFAULT_LOCALE) {
  return fetchContent<TreatmentBySlugQueryResult>(treatmentBySlugQuery, {slug, language: locale}, [TAGS.treatment(slug), TAGS.posts])
}

export function getPersonBySlug(slug: string, locale: Locale = DEFAULT_LOCALE) {
  return fetchContent<PersonBySlugQueryResult>(personBySlugQuery, {slug, language: locale}, [TAGS.person(slug), TAGS.posts, TAGS.treatments])
}

export function getPageBySlug(slug: string, locale: Locale = DEFAULT_LOCALE) {
  return fetchContent<PageBySlugQueryResult>(pageBySlugQuery, {slug, language: locale}, [TAGS.page(slug)])
}

export function getSitemapEntries(locale: Locale = DEFAULT_LOCALE) {
  return fetchContent<SitemapQueryResult>(sitemapQuery, {language: locale}, [TAGS.posts, TAGS.treatments, TAGS.people, TAGS.categories, TAGS.pages])
}

export function getFeedPosts(locale: Locale = DEFAULT_LOCALE) {
  return fetchContent<FeedQueryResult>(feedQuery, {language: locale}, [TAGS.posts, TAGS.people, TAGS.categories])
}

/** The same document in another edition: its language and public address. */
export type TranslationLink = {locale: Locale; path: string}

/**
 * The editions of a document (its own included) that have a public page, from its
 * translation.metadata document. Empty when it has no translations. Tagged with this document's
 * own translations tag, which a publish, rename or take-down of any of its editions clears
 * (lib/publishing/tags-for-document.ts), and not with the list tags: a post page carrying `post`
 * would be re-rendered by every post publish.
 */
// Typed by hand: TypeGen knows translation.metadata only from the Studio plugin's schema.
type TranslationEntry = {language: string | null; doc: {_type: string; slug: string | null} | null}

export async function getDocumentTranslations(id: string): Promise<TranslationLink[]> {
  const entries = await fetchContent<TranslationEntry[] | null>(translationsQuery, {id}, [TAGS.translations(id.replace(/^drafts\./, ''))])
  return (entries ?? []).flatMap((entry) => {
    if (!isLocale(entry.language) || !entry.doc) return []
    const path = documentPath(entry.doc._type, entry.doc.slug, entry.language)
    return path ? [{locale: entry.language, path}] : []
  })
}

/** Every set of translations, for the sitemap's alternates. */
export async function getTranslationGroups(): Promise<Array<Array<{language: string | null; id: string | null}>>> {
  const groups = await fetchContent<Array<{members: Array<{language: string | null; id: string | null}> | null}>>(translationGroupsQuery, {}, [
    TAGS.posts,
    TAGS.treatments,
    TAGS.people,
    TAGS.categories,
    TAGS.pages,
  ])
  return groups.map((group) => group.members ?? [])
}

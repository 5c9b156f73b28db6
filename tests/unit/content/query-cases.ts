// Every content query with the parameters for every document it can return, found through the
// content source in use (the snapshot, or the Content Lake when SANITY_PROJECT_ID is set).
import * as queries from '@/lib/content/queries'
import {runQuery} from '@/lib/content/source'

export type Case = {name: keyof typeof queries; params: Record<string, unknown>}

export async function slugs(query: string): Promise<string[]> {
  return runQuery<string[]>(query)
}

export async function queryCases(): Promise<Case[]> {
  const [posts, treatments, people, pages, categories] = await Promise.all([
    slugs(queries.postSlugsQuery),
    slugs(queries.treatmentSlugsQuery),
    slugs(queries.personSlugsQuery),
    slugs(queries.pageSlugsQuery),
    runQuery<Array<{_id: string; slug: string}>>(queries.categoriesQuery),
  ])
  const postIds = await runQuery<Array<{_id: string; categoryIds: string[]; publishedAt: string}>>(`*[_type == "post"]{_id, "categoryIds": categories[]._ref, publishedAt}`)
  return [
    {name: 'settingsQuery', params: {}},
    {name: 'categoriesQuery', params: {}},
    {name: 'latestPostsQuery', params: {limit: 50}},
    {name: 'postSlugsQuery', params: {}},
    {name: 'treatmentsQuery', params: {}},
    {name: 'treatmentSlugsQuery', params: {}},
    {name: 'personSlugsQuery', params: {}},
    {name: 'sitemapQuery', params: {}},
    {name: 'feedQuery', params: {}},
    // Every publish time in the snapshot is in the window from 2000 to now.
    {name: 'dueTransitionsQuery', params: {from: '2000-01-01T00:00:00.000Z', to: new Date().toISOString()}},
    {name: 'nextTransitionQuery', params: {after: '2000-01-01T00:00:00.000Z'}},
    {name: 'postsPageQuery', params: {category: null, start: 0, end: 100}},
    ...categories.map(
      (c): Case => ({name: 'postsPageQuery', params: {category: c.slug, start: 0, end: 100}}),
    ),
    ...categories.map((c): Case => ({name: 'categoryBySlugQuery', params: {slug: c.slug}})),
    ...posts.map((slug): Case => ({name: 'postBySlugQuery', params: {slug}})),
    ...postIds.map((p): Case => ({name: 'postsNearInCategoriesQuery', params: {excludeId: p._id, categoryIds: p.categoryIds, publishedAt: p.publishedAt, limit: 3}})),
    {name: 'postCardsByIdQuery', params: {ids: postIds.map((p) => p._id)}},
    ...treatments.map((slug): Case => ({name: 'treatmentBySlugQuery', params: {slug}})),
    ...people.map((slug): Case => ({name: 'personBySlugQuery', params: {slug}})),
    {name: 'pageSlugsQuery', params: {}},
    ...pages.map((slug): Case => ({name: 'pageBySlugQuery', params: {slug}})),
    {name: 'redirectsQuery', params: {}},
    // What the build renders ahead, with few and many recent posts. English only: sanity/schema.json
    // has no `language` field yet, so TypeGen types a Chinese read as empty.
    ...[0, 3, 5000].map((recentPosts): Case => ({name: 'prerenderParamsQuery', params: {language: 'en', recentPosts, pinnedPostIds: ['post.can-you-close-pores-permanently']}})),
    ...(['post', 'treatment', 'person', 'category'] as const).map(
      (type): Case => ({name: 'livePageQuery', params: {type, slug: 'no-such-page'}}),
    ),
    ...posts.map((slug): Case => ({name: 'livePageQuery', params: {type: 'post', slug}})),
    ...treatments.map((slug): Case => ({name: 'livePageQuery', params: {type: 'treatment', slug}})),
    ...categories.map((c): Case => ({name: 'livePageQuery', params: {type: 'category', slug: c.slug}})),
    ...chineseCases,
  ]
}

/** The Chinese edition: the same queries with its language, and the translations that link the editions. */
export const chineseCases: Case[] = [
  ...(['settingsQuery', 'categoriesQuery', 'sitemapQuery', 'feedQuery', 'treatmentsQuery'] as const).map(
    (name): Case => ({name, params: {language: 'zh-Hans'}}),
  ),
  {name: 'latestPostsQuery', params: {limit: 50, language: 'zh-Hans'}},
  {name: 'postsPageQuery', params: {category: null, start: 0, end: 100, language: 'zh-Hans'}},
  {name: 'postBySlugQuery', params: {slug: 'can-you-close-pores-permanently', language: 'zh-Hans'}},
  {name: 'treatmentBySlugQuery', params: {slug: 'chemical-peel', language: 'zh-Hans'}},
  {name: 'translationGroupsQuery', params: {}},
  ...[
    'post.can-you-close-pores-permanently',
    'post.can-you-close-pores-permanently.zh-Hans',
    'treatment.chemical-peel',
    'post.no-such-post',
  ].map((id): Case => ({name: 'translationsQuery', params: {id}})),
]

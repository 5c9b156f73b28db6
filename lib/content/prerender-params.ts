import 'server-only'
import {DEFAULT_LOCALE, isLocale, type Locale} from '@/lib/i18n/locales'
import {env} from '@/lib/platform/env'
import {pageCountFor} from '@/lib/routes/pagination'
import type {PrerenderParamsQueryResult} from '@/sanity/types'
import {fetchContent} from './fetch-content'
import {POSTS_PER_PAGE} from './getters'
import {prerenderParamsQuery} from './queries'
import {TAGS} from './tags'

// Which pages `next build` renders ahead: the ones readers reach first (home and the listings'
// first pages, the newest PRERENDER_RECENT_POSTS posts, the guide, every treatment, person and
// standing page). Every other post and listing page renders on its first request and is then
// cached like a built one (the routes keep `dynamicParams = true` and their `revalidate`), so the
// build's cost no longer grows with the number of posts. The sitemap, the feed and the listings
// still name every post: they read the content, not this list. Pages list every edition's params
// at once through `inEveryEdition` (lib/i18n/static-params.ts explains why).

/** Posts built whatever their date: the pore guide, which the clinic links to first. */
export const PINNED_POST_IDS = ['post.can-you-close-pores-permanently']

/** A starter document's id in an edition: translations are `<english id>.<locale>` (I18N-CONTRACT). */
const inLocale = (id: string, locale: Locale) => (locale === DEFAULT_LOCALE ? id : `${id}.${locale}`)

function getPrerenderPlan(edition: string) {
  const locale: Locale = isLocale(edition) ? edition : DEFAULT_LOCALE
  return fetchContent<PrerenderParamsQueryResult>(
    prerenderParamsQuery,
    {language: locale, recentPosts: env().PRERENDER_RECENT_POSTS, pinnedPostIds: PINNED_POST_IDS.map((id) => inLocale(id, locale))},
    [TAGS.posts, TAGS.treatments, TAGS.people, TAGS.pages, TAGS.categories],
  )
}

const slugParams = (slugs: (string | null)[] | null | undefined) =>
  [...new Set((slugs ?? []).filter((slug): slug is string => Boolean(slug)))].map((slug) => ({slug}))

/** `/blog/<slug>`: the newest posts and the pinned ones. */
export async function prerenderedPostParams(locale: string = DEFAULT_LOCALE): Promise<{slug: string}[]> {
  const plan = await getPrerenderPlan(locale)
  return slugParams([...plan.recentPosts, ...plan.pinnedPosts])
}

/** `/treatments/<slug>`: all of them (a clinic has a menu, not an archive). */
export async function prerenderedTreatmentParams(locale: string = DEFAULT_LOCALE): Promise<{slug: string}[]> {
  return slugParams((await getPrerenderPlan(locale)).treatments)
}

/** `/people/<slug>`: every author and reviewer. */
export async function prerenderedPersonParams(locale: string = DEFAULT_LOCALE): Promise<{slug: string}[]> {
  return slugParams((await getPrerenderPlan(locale)).people)
}

/** `/about/<slug>`: every standing page (editorial policy and the like). */
export async function prerenderedPageParams(locale: string = DEFAULT_LOCALE): Promise<{slug: string}[]> {
  return slugParams((await getPrerenderPlan(locale)).pages)
}

/** `/blog/category/<slug>`: the first page of every category. */
export async function prerenderedCategoryParams(locale: string = DEFAULT_LOCALE): Promise<{slug: string}[]> {
  return slugParams((await getPrerenderPlan(locale)).categories)
}

/**
 * `/blog/page/<n>`: the journal's pages that hold the newest posts built ahead (page 1 is /blog);
 * older pages render when first asked for.
 */
export async function prerenderedJournalPageParams(locale: string = DEFAULT_LOCALE): Promise<{page: string}[]> {
  const plan = await getPrerenderPlan(locale)
  const last = Math.min(pageCountFor(plan.postCount, POSTS_PER_PAGE), Math.ceil(plan.recentPosts.length / POSTS_PER_PAGE))
  return Array.from({length: Math.max(0, last - 1)}, (_, i) => ({page: String(i + 2)}))
}

/** `/blog/category/<slug>/page/<n>`: none ahead; a category's later pages render when first asked for. */
export async function prerenderedCategoryPageParams(): Promise<{slug: string; page: string}[]> {
  return []
}

/**
 * Open Graph images (`/blog/<slug>/opengraph-image`, `/treatments/<slug>/opengraph-image`): none
 * ahead. A card is drawn when a crawler first asks for it and cached like a page; an empty list
 * (rather than no generateStaticParams) is what keeps the route cached instead of dynamic.
 */
export async function prerenderedOgImageParams(): Promise<{slug: string}[]> {
  return []
}

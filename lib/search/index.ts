import 'server-only'
import type {Locale} from '@/lib/i18n/locales'
import {getSiteIndex} from './site-index'
import {nearMisses, runSearch, type SearchHit, type SearchOutcome} from './run-search'

// Site search: the index of posts, treatments and the clinic page (built from lib/content's
// getters, so both content sources feed it), the query a page receives, and the anonymous counts
// editors read in the staff area.
export {parseSearchQuery, MAX_QUERY_LENGTH, type SearchQuery} from './query-param'
export {countedQueryPath, searchPath} from './paths'
export {recordSearch, getSearchInsights} from './insights/record'
export {INSIGHT_DAYS, MIN_LISTED_SEARCHES, type SearchInsights, type QueryCount} from './insights/query-counts'
export type {SearchHit, SearchOutcome} from './run-search'
export type {SnippetPart} from './snippet'
export type {ResultKind} from './documents'

export type SiteSearch = SearchOutcome & {
  /** When nothing was found: pages that come close. */
  nearMisses: SearchHit[]
  categories: {title: string; slug: string}[]
}

/**
 * Searches one edition of the published site (English unless told) for a cleaned query (see
 * parseSearchQuery). Only that edition's pages can be found.
 */
export async function searchSite(query: string, locale: Locale = 'en'): Promise<SiteSearch> {
  const {index, synonyms, categories} = await getSiteIndex(locale)
  const outcome = runSearch(index, query, synonyms)
  return {...outcome, nearMisses: outcome.total === 0 ? nearMisses(index, query) : [], categories}
}

import type {Locale} from '@/lib/i18n/locales'
import {localizePath} from '@/lib/routes/paths'

/** The search page of an edition (English at /search, Chinese at /zh/search), with a query when there is one. */
export function searchPath(query?: string, locale: Locale = 'en'): string {
  const path = localizePath('/search', locale)
  return query ? `${path}?${new URLSearchParams({q: query})}` : path
}

/**
 * The results page of a counted query. Counts are kept per query, not per edition, so a query
 * written in Chinese opens the Chinese search, any other the English one.
 */
export function countedQueryPath(query: string): string {
  return searchPath(query, /\p{Script=Han}/u.test(query) ? 'zh-Hans' : 'en')
}

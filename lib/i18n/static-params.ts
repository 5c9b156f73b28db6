import {LOCALES, type Locale} from './locales'

/**
 * A page's generateStaticParams across both editions. Next calls it once per `[locale]` that the
 * layout names; when an edition has none of these pages (no Chinese standing page yet), Next passes
 * the bare {locale} on, the route's params fail its validation, and the route silently loses
 * prerendering for BOTH editions (every page renders on its first request). So every call lists
 * every edition's pages, each with its locale; Next keeps each combination once.
 */
export async function inEveryEdition<T extends Record<string, string>>(
  paramsFor: (locale: Locale) => Promise<T[]> | T[],
): Promise<Array<T & {locale: Locale}>> {
  const editions = await Promise.all(LOCALES.map(async (locale) => (await paramsFor(locale)).map((params) => ({...params, locale}))))
  return editions.flat()
}

import 'server-only'
import {type EditionPaths, type Locale, LOCALES, otherLocale} from '@/lib/i18n/locales'
import {pathsFor} from '@/lib/routes/paths'
import {getDocumentTranslations} from './getters'

/**
 * A document's page in every edition that has a published translation of it, its own included at
 * `ownPath`. Without a translation: its own edition only.
 */
export async function documentEditions(id: string | null | undefined, locale: Locale, ownPath: string): Promise<EditionPaths> {
  const links = id ? await getDocumentTranslations(id) : []
  const editions: EditionPaths = {[locale]: ownPath}
  for (const link of links) if (link.locale !== locale) editions[link.locale] = link.path
  return editions
}

/** A page every edition has (the home page, the journal, the clinic): the same route in each. */
export function fixedPageEditions(page: (paths: ReturnType<typeof pathsFor>) => string): EditionPaths {
  return Object.fromEntries(LOCALES.map((locale) => [locale, page(pathsFor(locale))]))
}

/** Where the language switcher leads: the same page in the other edition, else that edition's home. */
export function switchTarget(editions: EditionPaths, locale: Locale): string {
  const other = otherLocale(locale)
  return editions[other] ?? pathsFor(other).home()
}

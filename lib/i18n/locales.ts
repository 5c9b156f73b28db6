// The site's two editions. Ids are BCP 47 tags as stored in each document's `language` field
// (the field @sanity/document-internationalization writes); English is the default and has no
// URL prefix, Chinese lives under /zh.
export const LOCALES = ['en', 'zh-Hans'] as const
export type Locale = (typeof LOCALES)[number]

export const DEFAULT_LOCALE: Locale = 'en'

/** `<html lang>` and `inLanguage`: the script and the region the copy is written for. */
export const HTML_LANG: Record<Locale, string> = {en: 'en-SG', 'zh-Hans': 'zh-Hans-SG'}

/** The path prefix of each edition (`''` for English, which lives at the root); lib/routes/paths.ts holds it. */
export {EDITION_PREFIX as PATH_PREFIX} from '../routes/paths'

/** The edition's own name, as a language switcher shows it. */
export const LOCALE_NAME: Record<Locale, string> = {en: 'English', 'zh-Hans': '简体中文'}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** The other edition: the site has two, and the language switcher links one to the other. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh-Hans' : 'en'
}

/** A page's address in each edition that has it (hreflang alternates, the language switcher). */
export type EditionPaths = Partial<Record<Locale, string>>

import {DEFAULT_LOCALE, isLocale, LOCALE_NAME, LOCALES, type Locale} from '@/lib/i18n/locales'

/** An enquiry's stored language as a Locale: anything unexpected reads as English, the default. */
export function enquiryLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE
}

// How staff (who work in English) see the language an enquiry was written in: the English name
// first, the language's own name after it, so a Chinese-reading colleague spots it too.
const STAFF_NAME: Record<Locale, string> = {en: 'English', 'zh-Hans': 'Chinese'}

/** "English", or "Chinese (简体中文)". */
export function enquiryLanguageName(language: string): string {
  const locale = enquiryLocale(language)
  return locale === 'en' ? STAFF_NAME.en : `${STAFF_NAME[locale]} (${LOCALE_NAME[locale]})`
}

/** The languages staff can filter the inbox by, in the order the filter lists them. */
export const ENQUIRY_LANGUAGES: ReadonlyArray<{value: Locale; label: string}> = LOCALES.map(
  (value) => ({value, label: enquiryLanguageName(value)}),
)

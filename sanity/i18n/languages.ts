import {DEFAULT_LOCALE, LOCALE_NAME, LOCALES, type Locale} from '../../lib/i18n/locales'

// The Studio's side of the contract in lib/i18n/locales.ts: the same ids, each edition's own name.
export const SUPPORTED_LANGUAGES = LOCALES.map((id) => ({id, title: LOCALE_NAME[id]}))

/** The document types that have a `zh-Hans` version linked to the English original. */
export const TRANSLATABLE_TYPES = ['post', 'treatment', 'person', 'category', 'clinicSettings', 'page'] as const

/** The language every translation is made from; documents written before #27 have no field and are English. */
export const SOURCE_LANGUAGE: Locale = DEFAULT_LOCALE

/** The edition the Studio tracks as missing. */
export const TRANSLATION_LANGUAGE: Locale = 'zh-Hans'

/** A fixed id per language for the one Clinic settings of each edition. */
export const settingsIdFor = (language: Locale) => (language === SOURCE_LANGUAGE ? 'clinicSettings' : `clinicSettings.${language}`)

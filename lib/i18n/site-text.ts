import {createTranslator} from 'next-intl'
import en from '@/messages/en/site.json'
import zhHans from '@/messages/zh-Hans/site.json'
import {DEFAULT_LOCALE, HTML_LANG, type Locale} from './locales'

// The site's interface text (messages/<locale>/site.json, the `site` namespace) for the Server
// Components of the chrome and the article, which are plain functions: the same messages pages
// read with getTranslations({locale, namespace: 'site'}), without a request. Each edition's file
// must have every key of the English one (the type says so).
const MESSAGES: Record<Locale, typeof en> = {en, 'zh-Hans': zhHans}

export function siteText(locale: Locale = DEFAULT_LOCALE) {
  return createTranslator({locale, messages: {site: MESSAGES[locale]}, namespace: 'site', timeZone: 'Asia/Singapore'})
}

export type SiteText = ReturnType<typeof siteText>

/** The Intl locale a date or number is written in for an edition ("12 March 2026", "2026年3月12日"). */
export function intlLocale(locale: Locale = DEFAULT_LOCALE): string {
  return HTML_LANG[locale]
}

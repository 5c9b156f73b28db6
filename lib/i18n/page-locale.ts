import 'server-only'
import {notFound} from 'next/navigation'
import {setRequestLocale} from 'next-intl/server'
import {isLocale, type Locale} from './locales'

/**
 * The edition a site page renders, from its `[locale]` param: an unknown one is a 404. Tells
 * next-intl the locale for this render (setRequestLocale), so nothing reads it from the request and
 * the page stays static.
 */
export async function pageLocale(params: Promise<{locale: string}>): Promise<Locale> {
  const {locale} = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  return locale
}

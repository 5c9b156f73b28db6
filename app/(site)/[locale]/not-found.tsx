import {locale as rootLocale} from 'next/root-params'
import {NotFoundContent} from '@/components/layout/NotFoundContent'
import {DEFAULT_LOCALE, isLocale} from '@/lib/i18n/locales'

// A not-found file gets no params: the edition is the [locale] root param (next/root-params), known
// at build time like the params themselves, so the 404 is in the reader's language.
export default async function SiteNotFound() {
  const locale = await rootLocale()
  return <NotFoundContent locale={isLocale(locale) ? locale : DEFAULT_LOCALE} />
}

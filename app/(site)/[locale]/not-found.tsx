import {getLocale} from 'next-intl/server'
import {NotFoundContent} from '@/components/layout/NotFoundContent'
import {DEFAULT_LOCALE, isLocale} from '@/lib/i18n/locales'

// A not-found file gets no params: the edition is the one the [locale] layout gave next-intl for
// this render (setRequestLocale), so the page stays static.
export default async function SiteNotFound() {
  const locale = await getLocale()
  return <NotFoundContent locale={isLocale(locale) ? locale : DEFAULT_LOCALE} />
}

import type {Locale} from '@/lib/i18n/locales'
import {siteText} from '@/lib/i18n/site-text'

export function SkipLink({locale}: {locale?: Locale}) {
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-3 focus:font-semibold focus:text-brand-800 focus:shadow-lg dark:focus:bg-slate-900 dark:focus:text-brand-100"
    >
      {siteText(locale)('skipToContent')}
    </a>
  )
}

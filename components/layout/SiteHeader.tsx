import type {ReactNode} from 'react'
import {SearchForm} from '@/components/search/SearchForm'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {siteText} from '@/lib/i18n/site-text'
import {pathsFor} from '@/lib/routes/paths'

// Not sticky: a fixed bar would hide the element a keyboard user has just focused (WCAG 2.4.11).
// Plain <a> rather than next/link: every page is static HTML, and the router would cost JavaScript.
export function SiteHeader({clinicName, locale = DEFAULT_LOCALE, languages}: {clinicName: string; locale?: Locale; languages?: ReactNode}) {
  const t = siteText(locale)
  const paths = pathsFor(locale)
  const nav = [
    {href: paths.blog(), label: t('nav.journal')},
    {href: paths.treatments(), label: t('nav.treatments')},
    {href: paths.clinic(), label: t('nav.clinic')},
  ]
  return (
    <header
      id="site-header"
      className="border-b border-slate-200 bg-sand-50 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 px-4 py-1.5 sm:px-6 sm:py-2">
        <a
          href={paths.home()}
          className="inline-flex min-h-11 w-full items-center gap-2 text-lg font-semibold tracking-tight text-brand-900 sm:mr-auto sm:w-auto dark:text-white"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="size-6 text-brand-600 dark:text-brand-100"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <path d="M12 3v18M3 12h18" strokeLinecap="round" />
            <circle cx="12" cy="12" r="9" />
          </svg>
          {clinicName}
        </a>
        <nav aria-label={t('nav.label')} className="-ml-3 sm:ml-0">
          <ul className="flex flex-wrap">
            {nav.map((item) => (
              <li key={item.href}>
                <a
                  href={item.href}
                  className="inline-flex min-h-11 items-center rounded-lg px-3 font-medium text-slate-800 hover:bg-white hover:text-brand-800 dark:text-slate-200 dark:hover:bg-slate-800 dark:hover:text-white"
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {languages}
        {/* Last on phones, a full-width row under the navigation; beside it from the small breakpoint. */}
        <div className="order-last w-full pb-2 sm:order-none sm:w-auto sm:pb-0">
          <SearchForm id="site-search-q" name="Site" compact />
        </div>
        <a
          href={paths.book()}
          className="ml-auto inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800 sm:text-base dark:bg-brand-100 dark:text-brand-900 dark:hover:bg-white"
        >
          {/* Phones see "Book"; the accessible name is the full phrase, which starts with the visible word (WCAG 2.5.3). */}
          {t('nav.book')}<span className="sr-only sm:not-sr-only">{locale === DEFAULT_LOCALE ? '\u00a0' : ''}{t('nav.bookRest').trim()}</span>
        </a>
      </div>
    </header>
  )
}

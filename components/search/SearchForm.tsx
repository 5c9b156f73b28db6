import {getLocale, getTranslations} from 'next-intl/server'
import {DEFAULT_LOCALE, isLocale, type Locale} from '@/lib/i18n/locales'
import {MAX_QUERY_LENGTH, searchPath} from '@/lib/search'

/**
 * A plain GET form: it works without JavaScript and the results page is a shareable URL. Two can
 * share a page (header and results), so each search landmark is named for what it is. It searches
 * the edition it is shown in (/search or /zh/search), labelled in that edition's language: the
 * `locale` given, else the one the edition's layout set for the request (so the site header's
 * form searches Chinese on Chinese pages without being told).
 */
export async function SearchForm({
  id,
  name,
  defaultValue,
  compact = false,
  locale: given,
}: {
  /** Unique on the page: ties the label to its field. */
  id: string
  /** The landmark's accessible name. */
  name: string
  defaultValue?: string
  compact?: boolean
  locale?: Locale
}) {
  const requested = given ?? (await getLocale())
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE
  const t = await getTranslations({locale, namespace: 'search.form'})
  return (
    <form action={searchPath(undefined, locale)} method="get" role="search" aria-label={name} className="flex w-full items-stretch gap-2">
      <label htmlFor={id} className="sr-only">
        {t('label')}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        enterKeyHint="search"
        placeholder={compact ? t('compactPlaceholder') : t('placeholder')}
        className={`block min-h-11 w-full min-w-0 rounded-lg border border-slate-400 bg-white px-3 text-base text-slate-900 placeholder:text-slate-600 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 ${compact ? 'sm:w-44 lg:w-56' : ''}`}
      />
      <button
        type="submit"
        className="inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center gap-2 rounded-lg border border-brand-700 px-3 font-semibold text-brand-800 hover:bg-brand-50 dark:border-brand-100 dark:text-brand-100 dark:hover:bg-slate-800"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" strokeLinecap="round" />
        </svg>
        <span className={compact ? 'sr-only' : ''}>{t('submit')}</span>
      </button>
    </form>
  )
}

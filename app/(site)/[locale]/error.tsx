'use client'

import {useParams} from 'next/navigation'
import {useEffect} from 'react'
import {isLocale, PATH_PREFIX} from '@/lib/i18n/locales'
import {ERROR_COPY} from './error-copy'

// Shown inside the site's header and footer, so the clinic's contacts stay one scroll away.
export default function SiteError({error, retry}: {error: unknown; retry: () => void}) {
  const {locale} = useParams<{locale?: string}>()
  const edition = isLocale(locale) ? locale : 'en'
  const copy = ERROR_COPY[edition]
  useEffect(() => {
    const digest =
      error instanceof Error && 'digest' in error
        ? String((error as Error & {digest?: string}).digest)
        : undefined
    console.error('page.error', digest ?? '')
  }, [error])

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <div className="max-w-[65ch]">
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl dark:text-white">
          {copy.title}
        </h1>
        <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
          {copy.body}
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <button
            type="button"
            onClick={() => retry()}
            className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 dark:bg-brand-100 dark:text-brand-900"
          >
            {copy.retry}
          </button>
          {/* A plain link by design: static pages, no router JavaScript. */}
          <a
            href={PATH_PREFIX[edition] || '/'}
            className="inline-flex min-h-11 items-center rounded-lg border border-brand-700 px-5 font-semibold text-brand-800 dark:border-brand-100 dark:text-brand-100"
          >
            {copy.home}
          </a>
        </div>
      </div>
    </div>
  )
}

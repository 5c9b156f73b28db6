'use client'

import {useEffect} from 'react'

// Shown inside the site's header and footer, so the clinic's contacts stay one scroll away.
export default function SiteError({error, retry}: {error: unknown; retry: () => void}) {
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
          This page did not load
        </h1>
        <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
          Something went wrong on our side. Please try again; if it keeps happening, the clinic&apos;s phone
          and WhatsApp are below.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <button
            type="button"
            onClick={() => retry()}
            className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 dark:bg-brand-100 dark:text-brand-900"
          >
            Try again
          </button>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- plain links by design: static pages, no router JavaScript */}
          <a
            href="/"
            className="inline-flex min-h-11 items-center rounded-lg border border-brand-700 px-5 font-semibold text-brand-800 dark:border-brand-100 dark:text-brand-100"
          >
            Go to the home page
          </a>
        </div>
      </div>
    </div>
  )
}

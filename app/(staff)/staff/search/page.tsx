import type {Metadata} from 'next'
import {QueryCountTable} from '@/components/search/QueryCountTable'
import {getSearchInsights, INSIGHT_DAYS, MIN_LISTED_SEARCHES} from '@/lib/search'
import {requireStaff} from '@/lib/staff'

export const metadata: Metadata = {title: 'Search insights'}

/** What patients searched the site for, and what they did not find: topics worth writing about. */
export default async function SearchInsightsPage() {
  await requireStaff()
  const insights = await getSearchInsights()
  return (
    <>
      <h1 className="text-2xl font-semibold">What patients searched for</h1>
      <p className="mt-2 max-w-prose text-slate-700 dark:text-slate-300">
        The last {INSIGHT_DAYS} days ({insights.from} to {insights.to}, Singapore time). Only counts per query and day are
        kept, never who searched. A query is listed once it was searched at least {MIN_LISTED_SEARCHES} times, so a rare
        search cannot point at one person; email addresses and phone or NRIC numbers are never kept.
      </p>
      <dl className="mt-6 grid max-w-2xl grid-cols-2 gap-4">
        <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
          <dt className="text-sm">Searches</dt>
          <dd className="text-2xl font-semibold tabular-nums">{insights.searches.toLocaleString('en-SG')}</dd>
        </div>
        <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
          <dt className="text-sm">Searches that found nothing</dt>
          <dd className="text-2xl font-semibold tabular-nums">{insights.zeroResultSearches.toLocaleString('en-SG')}</dd>
        </div>
      </dl>
      <QueryCountTable
        id="not-found"
        caption="Searched for and not found"
        rows={insights.topMisses}
        empty="No query that found nothing was searched often enough to list."
      />
      <QueryCountTable id="top-queries" caption="Most searched" rows={insights.topQueries} empty="No query was searched often enough to list yet." />
    </>
  )
}

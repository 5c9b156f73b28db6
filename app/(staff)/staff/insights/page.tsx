import type {Metadata} from 'next'
import {BarChart} from '@/components/insights/BarChart'
import {getEnquiryInsights, getPageTitles, INSIGHT_WEEKS, pageLabel} from '@/lib/insights'
import {requireStaff} from '@/lib/staff'
import {staffPaths} from '@/lib/routes/paths'
import {describeFirstResponse, insightsCharts} from '@/components/insights/insights-charts'

export const metadata: Metadata = {title: 'What brings patients in'}

/** Sums only: which pages and treatments bring enquiries, contact-link taps, and how fast the clinic answers. */
export default async function InsightsPage() {
  await requireStaff()
  const [insights, titles] = await Promise.all([getEnquiryInsights(), getPageTitles()])
  const charts = insightsCharts(insights, (path) => pageLabel(titles, path))
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">What brings patients in</h1>
        <a
          href={staffPaths.insightsExport()}
          className="inline-flex min-h-11 items-center rounded-md border border-slate-400 px-4 font-medium"
          download
        >
          Download CSV
        </a>
      </div>
      <p className="mt-2 max-w-prose text-slate-700 dark:text-slate-300">
        The last {INSIGHT_WEEKS} weeks ({insights.from} to {insights.to}, Singapore time). Only totals are shown: the
        page of this site each enquiry came from, and taps on the WhatsApp and phone links counted per page and day,
        never who tapped. Corrected resends of an enquiry count once.
      </p>
      <dl className="mt-6 grid max-w-2xl grid-cols-2 gap-4">
        <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
          <dt className="text-sm">Enquiries</dt>
          <dd className="text-2xl font-semibold tabular-nums">{insights.total.toLocaleString('en-SG')}</dd>
        </div>
        <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
          <dt className="text-sm">Median time to first status change</dt>
          <dd className="text-2xl font-semibold tabular-nums">{describeFirstResponse(insights.medianFirstResponseMs)}</dd>
          <dd className="text-sm text-slate-600 dark:text-slate-400">
            over {insights.answered.toLocaleString('en-SG')} {insights.answered === 1 ? 'enquiry' : 'enquiries'} answered
          </dd>
        </div>
      </dl>
      {charts.map((chart) => (
        <BarChart key={chart.id} {...chart} />
      ))}
    </>
  )
}

import type {EnquiryInsights} from '@/lib/insights'
import type {ChartRow} from './BarChart'

const number = (n: number) => n.toLocaleString('en-SG')
// The page shows the pages that bring the most; the CSV has every one.
export const LISTED_PAGES = 20
const weekLabel = (day: string) =>
  new Intl.DateTimeFormat('en-SG', {day: 'numeric', month: 'short', timeZone: 'UTC'}).format(new Date(`${day}T00:00:00Z`))

/** "3.5 hours", "2 days": the median time to the first status change, or a dash when there is none. */
export function describeFirstResponse(ms: number | null): string {
  if (ms === null) return '—'
  const hours = ms / 3_600_000
  if (hours < 1) return `${Math.max(1, Math.round(ms / 60_000))} min`
  if (hours < 48) return `${hours.toFixed(1)} hours`
  return `${(hours / 24).toFixed(1)} days`
}

/** The insights page's four charts, each with a description that states its largest figure. */
export function insightsCharts(insights: EnquiryInsights, label: (path: string | null) => string) {
  const more = (count: number) => (count > LISTED_PAGES ? `, the ${LISTED_PAGES} with the most of ${number(count)} (all of them in the CSV)` : '')
  const top = (rows: ChartRow[]) => (rows[0] ? ` The most: ${rows[0].label}, ${number(rows[0].values[0] ?? 0)}.` : '')
  const weeks: ChartRow[] = insights.weeks.map((w) => ({key: w.weekStart, label: `Week of ${weekLabel(w.weekStart)}`, values: [w.enquiries]}))
  const treatments: ChartRow[] = insights.byTreatment.map((t) => ({key: t.key ?? '', label: t.key ?? 'Not specified', values: [t.enquiries]}))
  const sources: ChartRow[] = insights.bySource.slice(0, LISTED_PAGES).map((s) => ({
    key: s.key ?? '',
    label: label(s.key),
    href: s.key ?? undefined,
    values: [s.enquiries],
  }))
  const taps: ChartRow[] = insights.taps.slice(0, LISTED_PAGES).map((t) => ({
    key: t.page ?? '',
    label: label(t.page),
    href: t.page ?? undefined,
    values: [t.whatsapp, t.phone],
  }))
  const tapTotals = insights.taps.reduce((sum, t) => ({whatsapp: sum.whatsapp + t.whatsapp, phone: sum.phone + t.phone}), {whatsapp: 0, phone: 0})
  return [
    {
      id: 'per-week',
      title: 'Enquiries per week',
      description: `Enquiries received in each of the last ${weeks.length} weeks, ${number(insights.total)} in all.`,
      labelHeading: 'Week',
      series: ['Enquiries'],
      rows: weeks,
      empty: 'No enquiries in this period.',
    },
    {
      id: 'by-treatment',
      title: 'Enquiries by treatment',
      description: `Enquiries per treatment asked about.${top(treatments)}`,
      labelHeading: 'Treatment',
      series: ['Enquiries'],
      rows: treatments,
      empty: 'No enquiries in this period.',
    },
    {
      id: 'by-source',
      title: 'Enquiries by the page they came from',
      description: `Enquiries per page of this site that linked to the booking form${more(insights.bySource.length)}.${top(sources)}`,
      labelHeading: 'Page',
      series: ['Enquiries'],
      rows: sources,
      empty: 'No enquiries in this period.',
    },
    {
      id: 'contact-taps',
      title: 'WhatsApp and phone taps by page',
      description: `Taps on the clinic's WhatsApp and phone links per page${more(insights.taps.length)}: ${number(tapTotals.whatsapp)} WhatsApp and ${number(tapTotals.phone)} phone in all.`,
      labelHeading: 'Page',
      series: ['WhatsApp', 'Phone'],
      rows: taps,
      empty: 'No taps on the WhatsApp or phone links in this period.',
    },
  ]
}

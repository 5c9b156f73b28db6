import {type Kysely, sql} from 'kysely'
import {CONTACT_CHANNELS, type ContactChannel, type Database} from '@/lib/platform/database/schema'
import {startOfSingaporeDay, toSingaporeDay} from '@/lib/singapore-time'

// Only sums leave these queries: counts per week, treatment, page and channel, and one median. No
// row about a person reaches the insights page or its CSV.

export const INSIGHT_WEEKS = 12
const DAY_MS = 24 * 60 * 60 * 1000
const WEEK_MS = 7 * DAY_MS

export interface WeekCount {
  /** The Monday the week starts on, in Singapore (YYYY-MM-DD). */
  weekStart: string
  enquiries: number
}

export interface LabelledCount {
  /** A treatment name or a page path; null when the enquiry named none. */
  key: string | null
  enquiries: number
}

export interface PageTaps {
  /** A page path, or null when the page was not known. */
  page: string | null
  whatsapp: number
  phone: number
}

export interface EnquiryInsights {
  /** First and last day covered, in Singapore. */
  from: string
  to: string
  total: number
  weeks: WeekCount[]
  byTreatment: LabelledCount[]
  bySource: LabelledCount[]
  taps: PageTaps[]
  /** Median time from receiving an enquiry to its first status change; null when none changed yet. */
  medianFirstResponseMs: number | null
  /** Enquiries in the period whose status has changed at least once. */
  answered: number
}

/** Monday 00:00 in Singapore of the week `now` falls in. */
export function singaporeWeekStart(now: Date): Date {
  const today = startOfSingaporeDay(toSingaporeDay(now)!)
  // getUTCDay of the Singapore midnight shifted by +8 h is the Singapore weekday (0 = Sunday).
  const weekday = new Date(today.getTime() + 8 * 3600 * 1000).getUTCDay()
  return new Date(today.getTime() - ((weekday + 6) % 7) * DAY_MS)
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = Float64Array.from(values).sort()
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** The last INSIGHT_WEEKS weeks (this one included, so far) of enquiries and contact-link taps. */
export async function readEnquiryInsights(
  db: Kysely<Database>,
  {now = new Date(), weeks = INSIGHT_WEEKS}: {now?: Date; weeks?: number} = {},
): Promise<EnquiryInsights> {
  const firstWeek = new Date(singaporeWeekStart(now).getTime() - (weeks - 1) * WEEK_MS)
  const start = firstWeek.toISOString()
  const end = now.toISOString()
  // A corrected resend is the same patient's enquiry again: counted once, as the first.
  const inPeriod = db
    .selectFrom('enquiries')
    .where('created_at', '>=', start)
    .where('created_at', '<=', end)
    .where('supersedes_id', 'is', null)

  // Week boundaries compared as ISO text, which both databases sort like the instants they are.
  const bounds = Array.from({length: weeks - 1}, (_, i) => new Date(firstWeek.getTime() + (i + 1) * WEEK_MS).toISOString())
  const weekIndex = bounds.length
    ? sql<number>`case ${sql.join(
        bounds.map((b, i) => sql`when created_at < ${b} then ${sql.lit(i)}`),
        sql` `,
      )} else ${sql.lit(bounds.length)} end`
    : sql<number>`0`

  const [weekRows, treatmentRows, sourceRows, tapRows, responseRows] = await Promise.all([
    inPeriod.select([weekIndex.as('week'), sql<number>`count(*)`.as('n')]).groupBy(sql`1`).execute(),
    inPeriod.select(['treatment_name as key', sql<number>`count(*)`.as('n')]).groupBy('treatment_name').execute(),
    inPeriod.select(['source_path as key', sql<number>`count(*)`.as('n')]).groupBy('source_path').execute(),
    db
      .selectFrom('contact_tap_counts')
      .select(['page', 'channel', sql<number>`sum(taps)`.as('n')])
      .where('day', '>=', toSingaporeDay(firstWeek)!)
      .where('day', '<=', toSingaporeDay(now)!)
      .groupBy(['page', 'channel'])
      .execute(),
    db
      .selectFrom('enquiries as e')
      .innerJoin('audit_events as a', (join) => join.onRef('a.enquiry_id', '=', 'e.id').on('a.action', '=', 'status'))
      .select(['e.created_at', sql<string>`min(a.at)`.as('first_at')])
      .where('e.created_at', '>=', start)
      .where('e.created_at', '<=', end)
      .where('e.supersedes_id', 'is', null)
      .groupBy(['e.id', 'e.created_at'])
      .execute(),
  ])

  const perWeek = new Array<number>(weeks).fill(0)
  for (const row of weekRows) perWeek[Number(row.week)] = Number(row.n)
  const counted = (rows: Array<{key: string | null; n: number | string}>): LabelledCount[] =>
    rows
      .map((r) => ({key: r.key, enquiries: Number(r.n)}))
      .sort((a, b) => b.enquiries - a.enquiries || (a.key ?? '\uffff').localeCompare(b.key ?? '\uffff'))

  const taps = new Map<string, PageTaps>()
  for (const row of tapRows) {
    const page = row.page || null
    const entry = taps.get(row.page) ?? {page, whatsapp: 0, phone: 0}
    entry[row.channel as ContactChannel] += Number(row.n)
    taps.set(row.page, entry)
  }
  const total = (t: PageTaps) => CONTACT_CHANNELS.reduce((sum, c) => sum + t[c], 0)

  const responses = responseRows.map((r) => Date.parse(r.first_at) - Date.parse(r.created_at))

  return {
    from: toSingaporeDay(firstWeek)!,
    to: toSingaporeDay(now)!,
    total: perWeek.reduce((a, b) => a + b, 0),
    weeks: perWeek.map((enquiries, i) => ({weekStart: toSingaporeDay(new Date(firstWeek.getTime() + i * WEEK_MS))!, enquiries})),
    byTreatment: counted(treatmentRows),
    bySource: counted(sourceRows),
    taps: [...taps.values()].sort((a, b) => total(b) - total(a) || (a.page ?? '\uffff').localeCompare(b.page ?? '\uffff')),
    medianFirstResponseMs: median(responses),
    answered: responses.length,
  }
}

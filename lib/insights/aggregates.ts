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

  // One pass over the (created_at, supersedes_id, first_response_seconds) index: a running sum up to the end of each week,
  // compared as ISO text, which sorts like the instants. Grouping by a computed week would sort
  // every row first.
  const bounds = Array.from({length: weeks}, (_, i) => new Date(firstWeek.getTime() + (i + 1) * WEEK_MS).toISOString())
  const weekSums = bounds.map((upper, i) =>
    sql<number>`sum(case when created_at < ${upper} then 1 else 0 end)`.as(`w${i}`),
  )

  const [weekRow, treatmentRows, sourceRows, tapRows] = await Promise.all([
    inPeriod.select([...weekSums, sql<number>`count(first_response_seconds)`.as('answered')]).executeTakeFirst(),
    inPeriod.select(['treatment_name as key', sql<number>`count(*)`.as('n')]).groupBy('treatment_name').execute(),
    inPeriod.select(['source_path as key', sql<number>`count(*)`.as('n')]).groupBy('source_path').execute(),
    db
      .selectFrom('contact_tap_counts')
      .select(['page', 'channel', sql<number>`sum(taps)`.as('n')])
      .where('day', '>=', toSingaporeDay(firstWeek)!)
      .where('day', '<=', toSingaporeDay(now)!)
      .groupBy(['page', 'channel'])
      .execute(),
  ])
  const answered = Number(weekRow?.answered ?? 0)
  // The median from the (first_response_seconds, ...) index in order: one or two values read at
  // the middle, no rows fetched or sorted.
  const middle =
    answered === 0
      ? []
      : await inPeriod
          .select('first_response_seconds')
          .where('first_response_seconds', 'is not', null)
          .orderBy('first_response_seconds')
          .limit(answered % 2 ? 1 : 2)
          .offset(Math.floor((answered - 1) / 2))
          .execute()
  const medianSeconds = middle.length ? middle.reduce((sum, r) => sum + Number(r.first_response_seconds), 0) / middle.length : null

  const cumulative = bounds.map((_, i) => Number((weekRow as Record<string, unknown> | undefined)?.[`w${i}`] ?? 0))
  const perWeek = cumulative.map((n, i) => n - (i > 0 ? cumulative[i - 1]! : 0))
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

  return {
    from: toSingaporeDay(firstWeek)!,
    to: toSingaporeDay(now)!,
    total: perWeek.reduce((a, b) => a + b, 0),
    weeks: perWeek.map((enquiries, i) => ({weekStart: toSingaporeDay(new Date(firstWeek.getTime() + i * WEEK_MS))!, enquiries})),
    byTreatment: counted(treatmentRows),
    bySource: counted(sourceRows),
    taps: [...taps.values()].sort((a, b) => total(b) - total(a) || (a.page ?? '\uffff').localeCompare(b.page ?? '\uffff')),
    medianFirstResponseMs: medianSeconds === null ? null : medianSeconds * 1000,
    answered,
  }
}

import {toSingaporeDay} from '@/lib/singapore-time'

/** Months between medical reviews when Clinic settings give none. */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12

/**
 * The day a page is next due for medical review: its last review plus the clinic's interval, as a
 * Singapore calendar day. A review on 31 January with a one-month interval is due on 28 (or 29)
 * February, the month's last day, not in March.
 */
export function nextReviewDay(lastReviewedAt: string | null | undefined, intervalMonths: number | null | undefined): string | null {
  const last = toSingaporeDay(lastReviewedAt)
  if (!last) return null
  const months = Number.isInteger(intervalMonths) && (intervalMonths as number) > 0 ? (intervalMonths as number) : DEFAULT_REVIEW_INTERVAL_MONTHS
  const [year, month, day] = last.split('-').map(Number)
  const target = new Date(Date.UTC(year, month - 1 + months, 1))
  const lastDayOfTarget = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(day, lastDayOfTarget))
  return target.toISOString().slice(0, 10)
}

/** Whether the review day has passed, by the calendar in Singapore. */
export function isReviewOverdue(dueDay: string | null, now: Date = new Date()): boolean {
  const today = toSingaporeDay(now)
  return Boolean(dueDay && today && dueDay < today)
}

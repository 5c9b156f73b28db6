export const CLINIC_TIME_ZONE = 'Asia/Singapore'

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
// Singapore has kept UTC+8 without daylight saving since 1982.
const OFFSET_MS = 8 * 60 * 60 * 1000

function toDate(value: string): Date | null {
  // A date-only value is a calendar day in Singapore, not midnight UTC.
  const date = new Date(DATE_ONLY.test(value) ? `${value}T00:00:00+08:00` : value)
  return Number.isNaN(date.getTime()) ? null : date
}

const longDate = new Intl.DateTimeFormat('en-SG', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: CLINIC_TIME_ZONE,
})

/** "12 March 2026", the day as it was in Singapore. */
export function formatDate(value: string | null | undefined): string {
  const date = value ? toDate(value) : null
  return date ? longDate.format(date) : ''
}

/** "2026-03-12T17:30:00+08:00": the Singapore wall-clock time with its offset, for structured data. */
export function toSingaporeIso(value: string | null | undefined): string | undefined {
  const date = value ? toDate(value) : null
  if (!date) return undefined
  return `${new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 19)}+08:00`
}

/** "2026-03-12": the Singapore calendar day, for <time dateTime> and schema.org Date fields. */
export function toSingaporeDay(value: string | null | undefined): string | undefined {
  return toSingaporeIso(value)?.slice(0, 10)
}

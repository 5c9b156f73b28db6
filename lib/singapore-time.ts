/** The clinic's time zone: patients and staff read dates in it, whatever zone the server runs in. */
export const CLINIC_TIME_ZONE = 'Asia/Singapore'

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
// Singapore has kept UTC+8 without daylight saving since 1982, so a fixed offset is exact.
const OFFSET_MS = 8 * 60 * 60 * 1000

/** An instant from a date, an ISO timestamp, or a date-only value (a calendar day in Singapore, not midnight UTC). */
export function toInstant(value: string | Date): Date | null {
  const date = value instanceof Date ? value : DATE_ONLY.test(value) ? startOfSingaporeDay(value) : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** "2026-03-12T17:30:00+08:00": the Singapore wall-clock time with its offset, for structured data. */
export function toSingaporeIso(value: string | Date | null | undefined): string | undefined {
  const date = value ? toInstant(value) : null
  if (!date) return undefined
  return `${new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 19)}+08:00`
}

/** "2026-03-12": the calendar day in Singapore, for date filters, file names and schema.org Date fields. */
export function toSingaporeDay(value: string | Date | null | undefined): string | undefined {
  return toSingaporeIso(value)?.slice(0, 10)
}

/** The instant a Singapore calendar day (YYYY-MM-DD) starts. */
export function startOfSingaporeDay(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`)
}

const singaporeTime = new Intl.DateTimeFormat('en-SG', {
  timeZone: CLINIC_TIME_ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
})

/** "12 Mar 2026, 5:30 pm SGT": a stored time as staff and patients read it. */
export function formatSingaporeTime(iso: string): string {
  return `${singaporeTime.format(new Date(iso))} SGT`
}

const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/

/**
 * A time as staff type it: "2026-12-13 09:00" (or with T, or seconds) is Singapore wall-clock
 * time; a full ISO timestamp with Z or an offset is taken as it says. Null for anything else.
 */
export function parseSingaporeTime(text: string): Date | null {
  const value = text.trim()
  const wall = WALL_CLOCK.exec(value)
  const date = wall
    ? new Date(`${wall[1]}T${wall[2]}:${wall[3]}:${wall[4] ?? '00'}+08:00`)
    : WITH_OFFSET.test(value)
      ? new Date(value)
      : null
  return date && !Number.isNaN(date.getTime()) ? date : null
}

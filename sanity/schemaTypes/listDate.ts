import {CLINIC_TIME_ZONE, formatSingaporeTime, toInstant} from '../../lib/singapore-time'

const listDate = new Intl.DateTimeFormat('en-SG', {day: 'numeric', month: 'short', year: 'numeric', timeZone: CLINIC_TIME_ZONE})

/** "6 Dec 2026": the day in Singapore, for Studio lists, which otherwise show the stored ISO timestamp. */
export function formatListDate(value: unknown): string | undefined {
  const date = typeof value === 'string' && value !== '' ? toInstant(value) : null
  return date ? listDate.format(date) : undefined
}

/**
 * "Goes live 13 Dec 2026, 9:00 am SGT": a post held back by its publish time, or due to come down,
 * says when in lists (the "Scheduled" list above all). Undefined for a post that is simply live.
 */
export function scheduleSubtitle(publishedAt: unknown, takeDownAt: unknown, now = Date.now()): string | undefined {
  const at = (value: unknown) => (typeof value === 'string' && value !== '' ? toInstant(value) : null)
  const live = at(publishedAt)
  const down = at(takeDownAt)
  const parts: string[] = []
  if (live && live.getTime() > now) parts.push(`Goes live ${formatSingaporeTime(live.toISOString())}`)
  if (down) parts.push(`${down.getTime() > now ? 'Comes down' : 'Taken down'} ${formatSingaporeTime(down.toISOString())}`)
  return parts.length > 0 ? parts.join(' · ') : undefined
}

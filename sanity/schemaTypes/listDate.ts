import {CLINIC_TIME_ZONE, toInstant} from '../../lib/singapore-time'

const listDate = new Intl.DateTimeFormat('en-SG', {day: 'numeric', month: 'short', year: 'numeric', timeZone: CLINIC_TIME_ZONE})

/** "6 Dec 2026": the day in Singapore, for Studio lists, which otherwise show the stored ISO timestamp. */
export function formatListDate(value: unknown): string | undefined {
  const date = typeof value === 'string' && value !== '' ? toInstant(value) : null
  return date ? listDate.format(date) : undefined
}

import {CLINIC_TIME_ZONE, toInstant} from '@/lib/singapore-time'

const longDate = new Intl.DateTimeFormat('en-SG', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: CLINIC_TIME_ZONE,
})

/** "12 March 2026", the day as it was in Singapore. */
export function formatDate(value: string | null | undefined): string {
  const date = value ? toInstant(value) : null
  return date ? longDate.format(date) : ''
}


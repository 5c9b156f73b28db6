import {CLINIC_TIME_ZONE} from '@/lib/singapore-time'

// Staff and patients read times in the clinic's zone, whatever zone the server runs in.
const singaporeTime = new Intl.DateTimeFormat('en-SG', {
  timeZone: CLINIC_TIME_ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
})

export function formatSingaporeTime(iso: string): string {
  return `${singaporeTime.format(new Date(iso))} SGT`
}

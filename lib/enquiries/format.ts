// Staff and patients read times in the clinic's zone, whatever zone the server runs in.
const singaporeTime = new Intl.DateTimeFormat('en-SG', {
  timeZone: 'Asia/Singapore',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
})

export function formatSingaporeTime(iso: string): string {
  return `${singaporeTime.format(new Date(iso))} SGT`
}

/** YYYY-MM-DD in Singapore, for date filters and CSV. */
export function singaporeDate(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', {timeZone: 'Asia/Singapore'}).format(new Date(iso))
}

/** The UTC instant at which a Singapore calendar day (YYYY-MM-DD) starts. */
export function startOfSingaporeDay(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`)
}

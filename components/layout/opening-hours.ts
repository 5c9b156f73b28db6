import {toSingaporeDay} from '@/lib/singapore-time'

const WEEK = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

/** "Monday to Friday", "Saturday", "Monday, Wednesday": consecutive days joined into a range. */
export function formatDays(days: readonly string[] | null | undefined): string {
  const sorted = [...new Set(days ?? [])]
    .filter((d) => WEEK.includes(d))
    .sort((a, b) => WEEK.indexOf(a) - WEEK.indexOf(b))
  const runs: string[][] = []
  for (const day of sorted) {
    const run = runs.at(-1)
    if (run && WEEK.indexOf(day) === WEEK.indexOf(run.at(-1)!) + 1) run.push(day)
    else runs.push([day])
  }
  return runs.map((run) => (run.length > 2 ? `${run[0]} to ${run.at(-1)}` : run.join(', '))).join(', ')
}

/** "09:30" -> "9.30am", the way Singapore clinics write times. */
export function formatTime(value: string | null | undefined): string {
  const match = /^(\d{2}):(\d{2})$/.exec(value ?? '')
  if (!match) return value ?? ''
  const hours = Number(match[1])
  const suffix = hours >= 12 ? 'pm' : 'am'
  const h12 = hours % 12 === 0 ? 12 : hours % 12
  return `${h12}${match[2] === '00' ? '' : `.${match[2]}`}${suffix}`
}

/** Closures from today on (Singapore date), soonest first. */
export function upcomingClosures<T extends {date: string | null}>(
  closures: readonly T[] | null | undefined,
  now = new Date(),
): T[] {
  const today = toSingaporeDay(now)!
  return (closures ?? [])
    .filter((c) => c.date && c.date >= today)
    .sort((a, b) => a.date!.localeCompare(b.date!))
}

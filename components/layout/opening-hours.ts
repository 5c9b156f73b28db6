import {toSingaporeDay} from '@/lib/singapore-time'

const WEEK = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

type DayWords = {dayName?: (day: string) => string; range?: (first: string, last: string) => string}

/**
 * "Monday to Friday", "Saturday", "Monday, Wednesday": consecutive days joined into a range. `words`
 * names the days and the range in another edition's language ("星期一至星期五").
 */
export function formatDays(days: readonly string[] | null | undefined, words: DayWords = {}): string {
  const name = words.dayName ?? ((day: string) => day)
  const range = words.range ?? ((first: string, last: string) => `${first} to ${last}`)
  const sorted = [...new Set(days ?? [])]
    .filter((d) => WEEK.includes(d))
    .sort((a, b) => WEEK.indexOf(a) - WEEK.indexOf(b))
  const runs: string[][] = []
  for (const day of sorted) {
    const run = runs.at(-1)
    if (run && WEEK.indexOf(day) === WEEK.indexOf(run.at(-1)!) + 1) run.push(day)
    else runs.push([day])
  }
  return runs.map((run) => (run.length > 2 ? range(name(run[0]!), name(run.at(-1)!)) : run.map(name).join(', '))).join(', ')
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

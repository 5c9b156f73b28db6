import {timingSafeEqual} from 'node:crypto'

/** Compares a presented secret with the configured one without leaking how much matched. */
export function secretMatches(given: string | null | undefined, expected: string | undefined): boolean {
  if (!given || !expected) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

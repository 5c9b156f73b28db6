import type {DueTransitionsQueryResult, NextTransitionQueryResult} from '@/sanity/types'
import {dueTransitionsQuery, nextTransitionQuery} from './queries'
import {runQuery} from './source'

export type DueTransition = DueTransitionsQueryResult[number]

// Read straight from the source, never from Next's data cache: the point is to learn what changed
// since the cached pages were rendered.

/** Published posts whose publish or take-down time is after `from` and at or before `to` (ISO instants). */
export function findDueTransitions(from: Date, to: Date): Promise<DueTransition[]> {
  return runQuery<DueTransitionsQueryResult>(dueTransitionsQuery, {from: from.toISOString(), to: to.toISOString()}, 'published')
}

/** The earliest publish or take-down time of a published post after `after`, or null when none is set. */
export async function findNextTransition(after: Date): Promise<Date | null> {
  const next = await runQuery<NextTransitionQueryResult>(nextTransitionQuery, {after: after.toISOString()}, 'published')
  const times = [next.publish, next.takeDown].flatMap((value) => (value ? [Date.parse(value)] : [])).filter((t) => !Number.isNaN(t))
  return times.length > 0 ? new Date(Math.min(...times)) : null
}

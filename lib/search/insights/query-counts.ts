import type {Kysely} from 'kysely'
import {toSingaporeDay} from '@/lib/singapore-time'
import {normaliseForCounting} from './normalise-query'

/**
 * One row per normalised query and Singapore day: how often it was searched and how often it
 * found nothing. No request, address, cookie or session is stored, only these sums.
 */
export interface SearchQueryCountsTable {
  query: string
  day: string
  searches: number
  zero_results: number
}

export type WithSearchCounts = {search_query_counts: SearchQueryCountsTable}

/** Days the insights cover; rows older than KEEP_DAYS are deleted. */
export const INSIGHT_DAYS = 30
const KEEP_DAYS = 35
/** A query searched fewer times than this in the period is not listed: it could point at one person. */
export const MIN_LISTED_SEARCHES = 3

const DAY_MS = 24 * 60 * 60 * 1000
const dayOf = (date: Date) => toSingaporeDay(date) as string

/** Counts one search; returns false when the query was not counted (blank or personal details). */
export async function countSearch(
  db: Kysely<WithSearchCounts>,
  {query, found, now = new Date()}: {query: string; found: boolean; now?: Date},
): Promise<boolean> {
  const normalised = normaliseForCounting(query)
  if (!normalised) return false
  const zero = found ? 0 : 1
  await db
    .insertInto('search_query_counts')
    .values({query: normalised, day: dayOf(now), searches: 1, zero_results: zero})
    .onConflict((oc) =>
      oc.columns(['query', 'day']).doUpdateSet((eb) => ({
        searches: eb('search_query_counts.searches', '+', 1),
        zero_results: eb('search_query_counts.zero_results', '+', zero),
      })),
    )
    .execute()
  return true
}

export async function deleteOldSearchCounts(db: Kysely<WithSearchCounts>, now = new Date()): Promise<number> {
  const result = await db
    .deleteFrom('search_query_counts')
    .where('day', '<', dayOf(new Date(now.getTime() - KEEP_DAYS * DAY_MS)))
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}

export type QueryCount = {query: string; count: number}

export type SearchInsights = {
  from: string
  to: string
  searches: number
  zeroResultSearches: number
  topQueries: QueryCount[]
  topMisses: QueryCount[]
}

/** The last INSIGHT_DAYS days: totals, and the queries searched at least MIN_LISTED_SEARCHES times. */
export async function readSearchInsights(
  db: Kysely<WithSearchCounts>,
  {now = new Date(), limit = 50}: {now?: Date; limit?: number} = {},
): Promise<SearchInsights> {
  const to = dayOf(now)
  const from = dayOf(new Date(now.getTime() - (INSIGHT_DAYS - 1) * DAY_MS))
  const inPeriod = db.selectFrom('search_query_counts').where('day', '>=', from).where('day', '<=', to)
  const totals = await inPeriod
    .select((eb) => [eb.fn.sum<number>('searches').as('searches'), eb.fn.sum<number>('zero_results').as('zero')])
    .executeTakeFirst()
  const listed = async (column: 'searches' | 'zero_results'): Promise<QueryCount[]> => {
    const rows = await inPeriod
      .select((eb) => ['query', eb.fn.sum<number>(column).as('count')])
      .groupBy('query')
      .having((eb) => eb.fn.sum(column), '>=', MIN_LISTED_SEARCHES)
      .orderBy('count', 'desc')
      .orderBy('query')
      .limit(limit)
      .execute()
    return rows.map((r) => ({query: r.query, count: Number(r.count)}))
  }
  return {
    from,
    to,
    searches: Number(totals?.searches ?? 0),
    zeroResultSearches: Number(totals?.zero ?? 0),
    topQueries: await listed('searches'),
    topMisses: await listed('zero_results'),
  }
}

import 'server-only'
import type {Kysely} from 'kysely'
import {getDatabase} from '@/lib/platform/database/db'
import {log} from '@/lib/platform/log'
import {countSearch, deleteOldSearchCounts, readSearchInsights, type SearchInsights, type WithSearchCounts} from './query-counts'

async function countsDb(): Promise<Kysely<WithSearchCounts>> {
  const {db} = await getDatabase()
  return db.withTables<WithSearchCounts>() as unknown as Kysely<WithSearchCounts>
}

let lastPurgeDay = ''

/** Counts a search after the page has been sent; a failure is logged, never shown to the patient. */
export async function recordSearch(query: string, found: boolean): Promise<void> {
  try {
    const db = await countsDb()
    await countSearch(db, {query, found})
    const today = new Date().toISOString().slice(0, 10)
    if (lastPurgeDay !== today) {
      lastPurgeDay = today
      await deleteOldSearchCounts(db)
    }
  } catch (error) {
    log.error('search.count_failed', {error})
  }
}

export async function getSearchInsights(): Promise<SearchInsights> {
  return readSearchInsights(await countsDb())
}

import type {Kysely} from 'kysely'
import {
  countSearch,
  deleteOldSearchCounts,
  MIN_LISTED_SEARCHES,
  readSearchInsights,
  type WithSearchCounts,
} from '@/lib/search/insights/query-counts'
import {dialects, openTestDb, type TestDb} from '../../support/test-db'

// The real migrations on real databases (SQLite; Postgres too with TEST_DATABASE_URL).
describe.each(dialects)('search query counts on %s', (dialect) => {
  let handle: TestDb
  let db: Kysely<WithSearchCounts>
  beforeEach(async () => {
    handle = await openTestDb(dialect)
    db = handle.db.withTables<WithSearchCounts>() as unknown as Kysely<WithSearchCounts>
  })
  afterEach(() => handle.cleanup())

  const at = (iso: string) => new Date(iso)
  const times = async (n: number, query: string, found: boolean, now: Date) => {
    for (let i = 0; i < n; i++) await countSearch(db, {query, found, now})
  }

  it('keeps one row per normalised query and Singapore day, with sums and nothing else', async () => {
    // 23:30 UTC on 1 Dec is 07:30 on 2 Dec in Singapore.
    await countSearch(db, {query: 'Chemical  Peel', found: true, now: at('2026-12-01T23:30:00Z')})
    await countSearch(db, {query: ' chemical peel ', found: false, now: at('2026-12-02T03:00:00Z')})
    await countSearch(db, {query: 'chemical peel', found: true, now: at('2026-12-03T03:00:00Z')})
    const rows = await db.selectFrom('search_query_counts').selectAll().orderBy('day').execute()
    expect(rows.map((r) => ({...r, searches: Number(r.searches), zero_results: Number(r.zero_results)}))).toEqual([
      {query: 'chemical peel', day: '2026-12-02', searches: 2, zero_results: 1},
      {query: 'chemical peel', day: '2026-12-03', searches: 1, zero_results: 0},
    ])
    expect(Object.keys(rows[0]).sort()).toEqual(['day', 'query', 'searches', 'zero_results'])
  })

  it('never stores contact or identity details', async () => {
    expect(await countSearch(db, {query: 'jane@example.com', found: false})).toBe(false)
    expect(await countSearch(db, {query: '9123 4567', found: false})).toBe(false)
    expect(await db.selectFrom('search_query_counts').selectAll().execute()).toEqual([])
  })

  it('reports the last 30 days: totals of all searches, lists only queries searched often enough', async () => {
    const now = at('2026-12-06T04:00:00Z')
    await times(5, 'laser downtime', true, now)
    await times(MIN_LISTED_SEARCHES, 'sunblock', false, at('2026-11-20T04:00:00Z'))
    await times(MIN_LISTED_SEARCHES - 1, 'my rare condition', false, now)
    await times(4, 'too old', false, at('2026-10-01T04:00:00Z'))
    const insights = await readSearchInsights(db, {now})
    expect(insights).toEqual({
      from: '2026-11-07',
      to: '2026-12-06',
      searches: 5 + MIN_LISTED_SEARCHES + MIN_LISTED_SEARCHES - 1,
      zeroResultSearches: MIN_LISTED_SEARCHES + MIN_LISTED_SEARCHES - 1,
      topQueries: [
        {query: 'laser downtime', count: 5},
        {query: 'sunblock', count: MIN_LISTED_SEARCHES},
      ],
      topMisses: [{query: 'sunblock', count: MIN_LISTED_SEARCHES}],
    })
  })

  it('deletes rows older than the period it keeps', async () => {
    await countSearch(db, {query: 'old', found: true, now: at('2026-10-01T04:00:00Z')})
    await countSearch(db, {query: 'recent', found: true, now: at('2026-12-01T04:00:00Z')})
    expect(await deleteOldSearchCounts(db, at('2026-12-06T04:00:00Z'))).toBe(1)
    expect((await db.selectFrom('search_query_counts').select('query').execute()).map((r) => r.query)).toEqual(['recent'])
  })
})

import {randomUUID} from 'node:crypto'
import {sql} from 'kysely'
import {CSV_HEADER, enquiryCsvLine} from '@/lib/staff/inbox-csv'
import {eachEnquiryBatch, INBOX_PAGE_SIZE, listEnquiries} from '@/lib/staff/inbox'
import {dialects, openTestDb, type TestDb} from '@/tests/support/test-db'

// 50,000 enquiries. Before, the inbox bound every row id as a parameter
// (SQLite refuses more than 32,766), showed at most 500 rows and called that the total.
const TOTAL = 50_000
const BATCH = 1000 // 20 columns a row: 20,000 parameters per statement, under both limits

describe.each(dialects)('inbox and export with %s enquiries (%s)', (dialect) => {
  let t: TestDb
  const start = Date.parse('2026-01-01T00:00:00Z')

  beforeAll(async () => {
    t = await openTestDb(dialect)
    for (let offset = 0; offset < TOTAL; offset += BATCH) {
      const enquiries = Array.from({length: BATCH}, (_, i) => {
        const n = offset + i
        const at = new Date(start + n * 60_000).toISOString()
        return {
          id: randomUUID(),
          public_ref: `R${String(n).padStart(9, '0')}`,
          idempotency_key: `scale-${n}`,
          created_at: at,
          updated_at: at,
          status: n % 10 === 0 ? ('booked' as const) : ('new' as const),
          treatment_slug: 'chemical-peel',
          treatment_name: 'Chemical peel',
          full_name: `Patient ${n}`,
          phone: '+6591234567',
          email: `p${n}@example.com`,
          patient_type: 'new' as const,
          preferred_days: '["mon"]',
          time_of_day: 'any',
          message: n % 3 === 0 ? 'Line one\nline two, "quoted"' : '',
          consent_at: at,
          marketing_opt_in: 0,
          marketing_opt_in_at: null,
          body_hash: null,
          supersedes_id: null,
        }
      })
      await t.db.transaction().execute(async (trx) => {
        await trx.insertInto('enquiries').values(enquiries).execute()
        await trx
          .insertInto('outbox_jobs')
          .values(
            enquiries.map((e, i) => ({
              id: randomUUID(),
              enquiry_id: e.id,
              kind: 'clinic_notification' as const,
              status: i % 100 === 0 ? ('failed' as const) : ('sent' as const),
              attempts: 1,
              next_attempt_at: e.created_at,
              locked_until: null,
              last_error: null,
              created_at: e.created_at,
              updated_at: e.created_at,
              sent_at: e.created_at,
            })),
          )
          .execute()
      })
    }
    // What autovacuum does to a real table after a bulk load: without statistics Postgres takes
    // 50,000 rows for a few hundred and sorts instead of reading the index.
    if (dialect === 'postgres') await sql`analyze enquiries, outbox_jobs`.execute(t.db)
  }, 180_000)
  afterAll(() => t.cleanup())

  it('shows the true count and pages through, newest first', async () => {
    const first = await listEnquiries(t.db, {})
    expect(first.total).toBe(TOTAL)
    expect(first.items).toHaveLength(INBOX_PAGE_SIZE)
    expect(first.pageCount).toBe(TOTAL / INBOX_PAGE_SIZE)
    expect(first.items[0]!.public_ref).toBe(`R${String(TOTAL - 1).padStart(9, '0')}`)
    expect(first.items[0]!.notification).toBe('sent')
    const last = await listEnquiries(t.db, {}, {page: first.pageCount})
    expect(last.items.at(-1)!.public_ref).toBe('R000000000')
    expect(last.items.at(-1)!.notification).toBe('failed')
    const booked = await listEnquiries(t.db, {status: 'booked'})
    expect(booked.total).toBe(TOTAL / 10)
  })

  it('exports every row, a batch at a time, with the notification state worked out in SQL', async () => {
    let rows = 0
    let failed = 0
    let bytes = CSV_HEADER.length
    const seen = new Set<string>()
    let previous = '\uffff'
    let outOfOrder = 0
    const started = Date.now()
    for await (const batch of eachEnquiryBatch(t.db, {})) {
      for (const row of batch) {
        if (row.created_at > previous) outOfOrder++
        previous = row.created_at
        seen.add(row.id)
        if (row.notification === 'failed') failed++
        bytes += enquiryCsvLine(row).length
      }
      rows += batch.length
    }
    console.log(`${dialect}: streamed ${rows} rows as ${bytes} bytes of CSV in ${Date.now() - started} ms`)
    expect(outOfOrder).toBe(0)
    expect(rows).toBe(TOTAL)
    expect(seen.size).toBe(TOTAL)
    expect(failed).toBe(TOTAL / 100)
    expect(bytes).toBeGreaterThan(TOTAL * 50)
  })
})

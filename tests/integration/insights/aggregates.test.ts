import {randomUUID} from 'node:crypto'
import {sql, type Kysely} from 'kysely'
import {migrationSchema} from '@/lib/platform/database/db'
import {createMigrator, migrateToLatest} from '@/lib/platform/database/migrations'
import {changeEnquiryStatus} from '@/lib/staff/inbox'
import {countContactTap, contactTarget} from '@/lib/insights/contact-taps'
import {readEnquiryInsights, singaporeWeekStart} from '@/lib/insights/aggregates'
import {insightsToCsv} from '@/lib/insights/insights-csv'
import type {EnquiryRow} from '@/lib/platform/database/schema'
import {enquiryRow} from '@/tests/support/enquiry-row'
import {dialects, openTestDb, type TestDb} from '@/tests/support/test-db'

// Wednesday 4 March 2026, 10:00 in Singapore.
const NOW = new Date('2026-03-04T02:00:00Z')
const HOUR = 3_600_000
const GUIDE = '/blog/can-you-close-pores-permanently'

function enquiry(createdAt: string, fields: Partial<EnquiryRow> = {}): EnquiryRow {
  const id = randomUUID()
  return enquiryRow({
    id,
    public_ref: id.slice(0, 11),
    idempotency_key: id,
    created_at: createdAt,
    treatment_slug: 'chemical-peel',
    treatment_name: 'Chemical peel',
    full_name: 'Test Patient',
    email: 'patient@example.com',
    ...fields,
  })
}

describe('Singapore weeks and days', () => {
  it('starts a week on Monday midnight in Singapore, whatever the UTC date', () => {
    expect(singaporeWeekStart(NOW).toISOString()).toBe('2026-03-01T16:00:00.000Z')
    // Monday 00:30 in Singapore is still Sunday in UTC.
    expect(singaporeWeekStart(new Date('2026-03-01T16:30:00Z')).toISOString()).toBe('2026-03-01T16:00:00.000Z')
    expect(singaporeWeekStart(new Date('2026-03-01T15:59:00Z')).toISOString()).toBe('2026-02-22T16:00:00.000Z')
  })

  it('sends a tap to the clinic numbers from the settings only', () => {
    const settings = {phone: '+65 6123 4567', whatsapp: '+65 9123 4567'}
    expect(contactTarget('phone', settings)).toBe('tel:+6561234567')
    expect(contactTarget('whatsapp', settings)).toMatch(/^https:\/\/wa\.me\/6591234567\?text=/)
    expect(contactTarget('whatsapp', {phone: '+65 6123 4567', whatsapp: null})).toBeNull()
    expect(contactTarget('phone', {phone: '', whatsapp: null})).toBeNull()
  })
})

describe.each(dialects)('insights aggregates (%s)', (dialect) => {
  let t: TestDb
  beforeAll(async () => {
    t = await openTestDb(dialect)
    const rows = [
      // This week (from Monday 2 March, Singapore).
      enquiry('2026-03-03T01:00:00Z', {source_path: GUIDE}),
      enquiry('2026-03-04T01:00:00Z', {source_path: GUIDE, treatment_slug: null, treatment_name: null}),
      // Sunday 1 March 23:30 in Singapore: last week.
      enquiry('2026-03-01T15:30:00Z', {source_path: '/treatments/chemical-peel'}),
      // Monday 2 March 00:30 Singapore (still 1 March in UTC): this week.
      enquiry('2026-03-01T16:30:00Z'),
      // Eleven weeks before this one: the first week shown.
      enquiry('2025-12-15T00:00:00Z', {treatment_slug: 'laser-toning', treatment_name: 'Laser toning'}),
      // Twelve weeks before: outside the period.
      enquiry('2025-12-14T15:00:00Z', {source_path: GUIDE}),
    ]
    const correction = enquiry('2026-03-03T02:00:00Z', {source_path: GUIDE, supersedes_id: rows[0]!.id})
    await t.db.insertInto('enquiries').values([...rows, correction]).execute()
    // First status changes 2 h, 4 h and 10 h after arrival (median 4 h), as changeEnquiryStatus keeps them.
    for (const [row, hours] of [[rows[0]!, 2], [rows[2]!, 4], [rows[4]!, 10], [rows[5]!, 1]] as const) {
      await t.db.updateTable('enquiries').set({first_response_seconds: hours * 3600}).where('id', '=', row.id).execute()
    }
    // Taps: 23:59 and 00:01 on either side of midnight in Singapore fall on different days.
    await countContactTap(t.db, {channel: 'whatsapp', page: GUIDE, now: new Date('2026-03-02T15:59:00Z')})
    await countContactTap(t.db, {channel: 'whatsapp', page: GUIDE, now: new Date('2026-03-02T16:01:00Z')})
    await countContactTap(t.db, {channel: 'whatsapp', page: GUIDE, now: new Date('2026-03-02T16:05:00Z')})
    await countContactTap(t.db, {channel: 'phone', page: GUIDE, now: NOW})
    await countContactTap(t.db, {channel: 'phone', page: undefined, now: NOW})
    await countContactTap(t.db, {channel: 'phone', page: '/clinic', now: new Date('2025-11-01T00:00:00Z')})
  })
  afterAll(() => t.cleanup())

  it('counts taps per page, channel and Singapore day, and nothing else', async () => {
    const rows = await t.db.selectFrom('contact_tap_counts').selectAll().where('page', '=', GUIDE).orderBy('day').orderBy('channel').execute()
    expect(rows.map((r) => [r.day, r.channel, Number(r.taps)])).toEqual([
      ['2026-03-02', 'whatsapp', 1],
      ['2026-03-03', 'whatsapp', 2],
      ['2026-03-04', 'phone', 1],
    ])
  })

  it('sums enquiries per week, treatment and source page, counting a corrected resend once', async () => {
    const insights = await readEnquiryInsights(t.db, {now: NOW})
    expect(insights.from).toBe('2025-12-15')
    expect(insights.to).toBe('2026-03-04')
    expect(insights.weeks).toHaveLength(12)
    expect(insights.weeks[0]).toEqual({weekStart: '2025-12-15', enquiries: 1})
    expect(insights.weeks[10]).toEqual({weekStart: '2026-02-23', enquiries: 1})
    expect(insights.weeks[11]).toEqual({weekStart: '2026-03-02', enquiries: 3})
    expect(insights.total).toBe(5)
    expect(insights.byTreatment).toEqual([
      {key: 'Chemical peel', enquiries: 3},
      {key: 'Laser toning', enquiries: 1},
      {key: null, enquiries: 1},
    ])
    expect(insights.bySource).toEqual([
      {key: GUIDE, enquiries: 2},
      {key: null, enquiries: 2},
      {key: '/treatments/chemical-peel', enquiries: 1},
    ])
    expect(insights.taps).toEqual([
      {page: GUIDE, whatsapp: 3, phone: 1},
      {page: null, whatsapp: 0, phone: 1},
    ])
    expect(insights.answered).toBe(3)
    expect(insights.medianFirstResponseMs).toBe(4 * HOUR)
  })

  it('writes the same sums as CSV, pages by title', async () => {
    const insights = await readEnquiryInsights(t.db, {now: NOW})
    const csv = insightsToCsv(insights, new Map([[GUIDE, 'Can You Close Pores Permanently? What Actually Helps']]))
    const lines = csv.slice(1).split('\r\n')
    expect(lines).toContain('2026-03-02,3')
    expect(lines).toContain('Chemical peel,3')
    expect(lines).toContain(`Can You Close Pores Permanently? What Actually Helps,${GUIDE},2`)
    expect(lines).toContain(`Can You Close Pores Permanently? What Actually Helps,${GUIDE},3,1`)
    expect(lines).toContain('Not known,,0,1')
    expect(lines).toContain('4.0,3')
    expect(csv).not.toContain('patient@example.com')
    expect(csv).not.toContain('Test Patient')
  })

  it('keeps the time to the first status change on the enquiry, and only the first', async () => {
    const e = enquiry('2026-03-04T00:00:00Z')
    await t.db.insertInto('enquiries').values(e).execute()
    const staff = {id: randomUUID(), email: 'staff@example.com', name: 'Staff'}
    await changeEnquiryStatus(t.db, {id: e.id, status: 'contacted', staff, now: new Date('2026-03-04T01:30:00Z')})
    await changeEnquiryStatus(t.db, {id: e.id, status: 'booked', staff, now: new Date('2026-03-05T00:00:00Z')})
    const row = await t.db.selectFrom('enquiries').select('first_response_seconds').where('id', '=', e.id).executeTakeFirstOrThrow()
    expect(Number(row.first_response_seconds)).toBe(5400)
    await t.db.deleteFrom('enquiries').where('id', '=', e.id).execute()
  })
})

describe.each(dialects)('the migration that adds the source page (%s)', (dialect) => {
  it('works out the first response of enquiries answered before it from the audit trail', async () => {
    const t = await openTestDb(dialect)
    try {
      const db = t.db as unknown as Kysely<unknown>
      const down = await createMigrator(db, await migrationSchema(t)).migrateTo('0005_preview_sessions_health_probe')
      expect(down.error).toBeUndefined()
      const {source_path: _s, first_response_seconds: _f, ...old} = enquiry('2026-03-01T00:00:00Z')
      await sql`insert into enquiries (id, public_ref, idempotency_key, created_at, updated_at, status, full_name, phone, email, patient_type, preferred_days, time_of_day, message, consent_at, marketing_opt_in)
        values (${old.id}, ${old.public_ref}, ${old.idempotency_key}, ${old.created_at}, ${old.updated_at}, 'contacted', 'x', 'x', 'x', 'new', '[]', 'any', '', ${old.consent_at}, 0)`.execute(db)
      for (const at of ['2026-03-01T03:00:00.000Z', '2026-03-02T00:00:00.000Z']) {
        await sql`insert into audit_events (id, at, action, enquiry_id) values (${randomUUID()}, ${at}, 'status', ${old.id})`.execute(db)
      }
      expect(await migrateToLatest(db, await migrationSchema(t))).toContain('0006_enquiry_source_contact_taps')
      const row = await t.db.selectFrom('enquiries').select(['first_response_seconds', 'source_path']).where('id', '=', old.id).executeTakeFirstOrThrow()
      expect(Number(row.first_response_seconds)).toBe(3 * 3600)
      expect(row.source_path).toBeNull()
    } finally {
      await t.cleanup()
    }
  })
})

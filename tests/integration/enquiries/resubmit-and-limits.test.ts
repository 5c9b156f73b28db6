import {sql} from 'kysely'
import {issueFormToken} from '@/lib/enquiries/form-token'
import {validateAndStoreEnquiry, type SubmissionContext} from '@/lib/enquiries/validate-and-store-enquiry'
import {enquiryFormData, TEST_SECRET, TREATMENTS} from './form-data'
import {dialects, openTestDb, type TestDb} from '@/tests/support/test-db'

// A corrected resend of the same form, the site-wide ceiling, and a NUL in the message (which
// Postgres refuses in text).
describe.each(dialects)('resubmits, the site-wide ceiling and control characters (%s)', (dialect) => {
  let t: TestDb
  let ip = 0
  const ctx = (extra: Partial<SubmissionContext> = {}): SubmissionContext => ({
    db: t.db,
    secret: TEST_SECRET,
    clientIp: `198.51.100.${++ip}`,
    treatments: TREATMENTS,
    rateLimit: 5,
    rateWindowSeconds: 600,
    minFillSeconds: 0,
    ...extra,
  })

  beforeAll(async () => {
    t = await openTestDb(dialect)
  })
  afterAll(() => t.cleanup())

  it('stores a changed resend of the same form as an update linked to the first', async () => {
    const token = issueFormToken(TEST_SECRET, new Date(Date.now() - 30_000))
    const c = ctx()
    const first = await validateAndStoreEnquiry(enquiryFormData({phone: '9123 4568'}, token), c)
    const corrected = await validateAndStoreEnquiry(enquiryFormData({phone: '9123 4567'}, token), c)
    const again = await validateAndStoreEnquiry(enquiryFormData({phone: '9123 4567'}, token), c)
    const repeatOfFirst = await validateAndStoreEnquiry(enquiryFormData({phone: '9123 4568'}, token), c)
    if (first.kind !== 'stored' || corrected.kind !== 'stored' || again.kind !== 'stored' || repeatOfFirst.kind !== 'stored')
      throw new Error('expected all four to be stored')
    expect(corrected.id).not.toBe(first.id)
    expect(corrected).toMatchObject({created: true, supersedesId: first.id})
    expect(again).toMatchObject({id: corrected.id, created: false})
    expect(repeatOfFirst).toMatchObject({id: first.id, created: false})
    const rows = await t.db
      .selectFrom('enquiries')
      .select(['id', 'phone', 'supersedes_id'])
      .where('id', 'in', [first.id, corrected.id])
      .orderBy('created_at')
      .execute()
    expect(rows.map((r) => [r.phone, r.supersedes_id]).sort()).toEqual([
      ['+6591234567', first.id],
      ['+6591234568', null],
    ])
    // The correction is mailed to the clinic too.
    const jobs = await t.db.selectFrom('outbox_jobs').select('enquiry_id').where('enquiry_id', '=', corrected.id).execute()
    expect(jobs).toHaveLength(1)
  })

  it('beyond the site-wide ceiling per minute still stores every enquiry, and holds back their emails', async () => {
    const now = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 5_000)
    const outcomes = []
    for (let i = 0; i < 4; i++) {
      outcomes.push(
        await validateAndStoreEnquiry(
          enquiryFormData({}, issueFormToken(TEST_SECRET, new Date(now.getTime() - 10_000))),
          ctx({siteLimitPerMinute: 3, now}),
        ),
      )
    }
    expect(outcomes.map((o) => o.kind)).toEqual(['stored', 'stored', 'stored', 'stored'])
    const ids = outcomes.map((o) => (o.kind === 'stored' ? o.id : ''))
    const jobs = await t.db.selectFrom('outbox_jobs').select(['enquiry_id', 'status', 'last_error']).where('enquiry_id', 'in', ids).execute()
    const statusOf = (id: string) => jobs.find((j) => j.enquiry_id === id)?.status
    expect(ids.map(statusOf)).toEqual(['pending', 'pending', 'pending', 'failed'])
    expect(jobs.find((j) => j.enquiry_id === ids[3])?.last_error).toMatch(/Held back/)
  })

  it('counts every address of one IPv6 /64 against one per-address limit', async () => {
    const outcomes = []
    for (let i = 1; i <= 7; i++) {
      outcomes.push(
        (await validateAndStoreEnquiry(enquiryFormData({}, issueFormToken(TEST_SECRET, new Date(Date.now() - 10_000))), ctx({clientIp: `2001:db8:5:7::${i}`}))).kind,
      )
    }
    expect(outcomes).toEqual(['stored', 'stored', 'stored', 'stored', 'stored', 'rejected', 'rejected'])
  })

  it('stores a message that contained NUL and other control characters, without them', async () => {
    const outcome = await validateAndStoreEnquiry(enquiryFormData({message: 'Evening\u0000 please\u0008'}), ctx())
    expect(outcome.kind).toBe('stored')
    if (outcome.kind !== 'stored') return
    const row = await t.db.selectFrom('enquiries').select('message').where('id', '=', outcome.id).executeTakeFirstOrThrow()
    expect(row.message).toBe('Evening please')
    const count = await t.db.selectFrom('enquiries').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()
    expect(Number(count.n)).toBeGreaterThan(0)
  })

  it('refuses an NRIC in the message with a field error and stores nothing', async () => {
    const outcome = await validateAndStoreEnquiry(enquiryFormData({message: 'My NRIC is S1234567D'}), ctx())
    expect(outcome.kind === 'rejected' && outcome.state.fieldErrors.message).toMatch(/NRIC or FIN/)
  })
})

import {randomUUID} from 'node:crypto'
import {requeueJob} from '@/lib/enquiries/outbox'
import {dialects, openTestDb, type TestDb} from '@/tests/support/test-db'
import {enquiryRow} from '@/tests/support/enquiry-row'

// "Try again" on an enquiry's failed notification names the job and the enquiry it is shown on;
// the audit row goes on that enquiry, so a job of another enquiry must not be requeued from it.
describe.each(dialects)('requeueing a failed notification (%s)', (dialect) => {
  let t: TestDb
  beforeAll(async () => {
    t = await openTestDb(dialect)
  })
  afterAll(() => t.cleanup())

  async function enquiryWithFailedJob(): Promise<{enquiryId: string; jobId: string}> {
    const now = new Date().toISOString()
    const enquiryId = randomUUID()
    await t.db
      .insertInto('enquiries')
      .values(enquiryRow({id: enquiryId, public_ref: `R${enquiryId.slice(0, 7)}`, idempotency_key: enquiryId, created_at: now, updated_at: now, consent_at: now}))
      .execute()
    const jobId = randomUUID()
    await t.db
      .insertInto('outbox_jobs')
      .values({id: jobId, enquiry_id: enquiryId, kind: 'clinic_notification', status: 'failed', attempts: 5, next_attempt_at: now, locked_until: null, last_error: '550', created_at: now, updated_at: now, sent_at: null})
      .execute()
    return {enquiryId, jobId}
  }

  it("requeues a job only from its own enquiry's page", async () => {
    const shown = await enquiryWithFailedJob()
    const other = await enquiryWithFailedJob()
    expect(await requeueJob(t.db, {jobId: other.jobId, enquiryId: shown.enquiryId})).toBe(false)
    const untouched = await t.db.selectFrom('outbox_jobs').select('status').where('id', '=', other.jobId).executeTakeFirstOrThrow()
    expect(untouched.status).toBe('failed')
    expect(await requeueJob(t.db, {jobId: shown.jobId, enquiryId: shown.enquiryId})).toBe(true)
  })
})

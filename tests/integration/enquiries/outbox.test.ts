import net from 'node:net'
import type {OutboxJobRow} from '@/lib/platform/database/schema'
import {composeJobEmail, type MailSettings} from '@/lib/enquiries/compose-email'
import {createSmtpMailer, type Mailer} from '@/lib/enquiries/mailer'
import {processOutbox, type OutboxOptions} from '@/lib/enquiries/outbox'
import {validateAndStoreEnquiry} from '@/lib/enquiries/validate-and-store-enquiry'
import {dialects, openTestDb, type TestDb} from '@/tests/support/test-db'
import {enquiryFormData, TEST_SECRET, TREATMENTS} from './form-data'
import {SmtpTestServer} from '@/tests/support/smtp-test-server'

const settings: MailSettings = {
  clinicName: 'Test Clinic',
  clinicEmail: 'frontdesk@clinic.test',
  from: 'Test Clinic <no-reply@clinic.test>',
  siteUrl: 'http://localhost:3000',
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const {port} = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
  })
}

describe.each(dialects)('notification outbox (%s)', (dialect) => {
  let t: TestDb
  let smtp: SmtpTestServer
  let mailer: Mailer | undefined
  let clock: Date
  const fastBackoff = {baseMs: 1000, maxMs: 10_000, maxAttempts: 10}

  beforeEach(async () => {
    t = await openTestDb(dialect)
    smtp = new SmtpTestServer()
    clock = new Date(Date.now() + 1000) // jobs stored during the test are due
  })
  afterEach(async () => {
    mailer?.close()
    mailer = undefined
    await smtp.stop()
    await t.cleanup()
  })

  async function submit(overrides: Record<string, string> = {}, sendPatientAcknowledgement = false) {
    const outcome = await validateAndStoreEnquiry(enquiryFormData(overrides), {
      sendPatientAcknowledgement,
      db: t.db,
      secret: TEST_SECRET,
      clientIp: '203.0.113.9',
      treatments: TREATMENTS,
      rateLimit: 100,
      rateWindowSeconds: 600,
      minFillSeconds: 0,
    })
    if (outcome.kind !== 'stored') throw new Error(`not stored: ${JSON.stringify(outcome)}`)
    // The sender's clock must be past the job's due time however slow the machine is.
    clock = new Date(Math.max(clock.getTime(), Date.now() + 1000))
    return outcome
  }

  function options(): OutboxOptions {
    return {
      db: t.db,
      dialect: t.dialect,
      mailer,
      compose: (job: OutboxJobRow, enquiry) =>
        composeJobEmail(job, enquiry, settings, `<${job.id}@clinic.test>`),
      now: () => clock,
      backoff: fastBackoff,
    }
  }

  const jobsOf = (enquiryId: string) =>
    t.db.selectFrom('outbox_jobs').selectAll().where('enquiry_id', '=', enquiryId).execute()

  it('delivers the clinic notification with Reply-To the patient and no health details in the subject', async () => {
    await smtp.start()
    mailer = createSmtpMailer(smtp.url)
    const stored = await submit({
      fullName: 'Siti Nur’aini',
      email: 'siti@example.com',
      message: 'Acne scars on cheeks',
    })
    const run = await processOutbox(options())
    expect(run).toMatchObject({claimed: 1, sent: 1})
    expect(smtp.received).toHaveLength(1)
    const mail = smtp.received[0]!
    expect(mail.to).toEqual(['frontdesk@clinic.test'])
    expect(mail.headers['reply-to']).toContain('<siti@example.com>')
    expect(mail.headers['subject']).toBe(`New website enquiry ${stored.publicRef}`)
    expect(mail.headers['subject']).not.toMatch(/peel|acne|scar/i)
    expect(mail.headers['x-enquiry-ref']).toBe(stored.publicRef)
    expect(mail.headers['message-id']).toMatch(/@clinic\.test>$/)
    expect(mail.raw).toContain('+6591234567')
    const [job] = await jobsOf(stored.id)
    expect(job).toMatchObject({status: 'sent', attempts: 1, last_error: null})
    expect(await processOutbox(options())).toMatchObject({claimed: 0})
  })

  it('also acknowledges to the patient when switched on, without the message or treatment', async () => {
    await smtp.start()
    mailer = createSmtpMailer(smtp.url)
    const stored = await submit({email: 'wei@example.com', message: 'Acne scars on cheeks'}, true)
    expect((await jobsOf(stored.id)).map((j) => j.kind).sort()).toEqual([
      'clinic_notification',
      'patient_acknowledgement',
    ])
    expect(await processOutbox(options())).toMatchObject({claimed: 2, sent: 2})
    const ack = smtp.received.find((m) => m.to.includes('wei@example.com'))
    expect(ack?.headers['subject']).toBe(`We have received your enquiry (${stored.publicRef})`)
    expect(ack?.headers['reply-to']).toContain('frontdesk@clinic.test')
    expect(ack?.raw).not.toMatch(/acne|scar|peel/i)
    expect(smtp.received.filter((m) => m.to.includes('frontdesk@clinic.test'))).toHaveLength(1)
  })

  it('retries a 451 with backoff, then delivers', async () => {
    await smtp.start()
    smtp.reject = (n) => (n === 1 ? {code: 451, message: 'Try again later'} : undefined)
    mailer = createSmtpMailer(smtp.url)
    const stored = await submit()

    expect(await processOutbox(options())).toMatchObject({retrying: 1, sent: 0})
    let [job] = await jobsOf(stored.id)
    expect(job).toMatchObject({status: 'pending', attempts: 1})
    expect(job!.last_error).toMatch(/451/)
    expect(new Date(job!.next_attempt_at).getTime()).toBeGreaterThan(clock.getTime())

    // Not yet due: nothing is sent.
    expect(await processOutbox(options())).toMatchObject({claimed: 0})
    clock = new Date(clock.getTime() + 5_000)
    expect(await processOutbox(options())).toMatchObject({sent: 1})
    ;[job] = await jobsOf(stored.id)
    expect(job).toMatchObject({status: 'sent', attempts: 2})
    expect(smtp.received).toHaveLength(1)
  })

  it('parks a permanent 550 failure with its error', async () => {
    await smtp.start()
    smtp.reject = () => ({code: 550, message: 'Mailbox unavailable'})
    mailer = createSmtpMailer(smtp.url)
    const stored = await submit()
    expect(await processOutbox(options())).toMatchObject({failed: 1})
    const [job] = await jobsOf(stored.id)
    expect(job).toMatchObject({status: 'failed'})
    expect(job!.last_error).toMatch(/550/)
    clock = new Date(clock.getTime() + 3600_000)
    expect(await processOutbox(options())).toMatchObject({claimed: 0})
  })

  it('keeps jobs waiting while the SMTP server is down and delivers them when it returns', async () => {
    const port = await freePort()
    mailer = createSmtpMailer(`smtp://127.0.0.1:${port}`, {connectionTimeout: 2000})
    const a = await submit()
    const b = await submit()
    expect(await processOutbox(options())).toMatchObject({claimed: 2, retrying: 2})
    for (const id of [a.id, b.id]) expect((await jobsOf(id))[0]).toMatchObject({status: 'pending'})

    await smtp.start(port)
    clock = new Date(clock.getTime() + 60_000)
    expect(await processOutbox(options())).toMatchObject({sent: 2})
    expect(smtp.received.map((m) => m.headers['x-enquiry-ref']).sort()).toEqual(
      [a.publicRef, b.publicRef].sort(),
    )
  })

  it('leaves jobs queued when no mailer is configured', async () => {
    const stored = await submit()
    expect(await processOutbox({...options(), mailer: undefined})).toMatchObject({claimed: 0})
    expect((await jobsOf(stored.id))[0]).toMatchObject({status: 'pending', attempts: 0})
  })

  it('lets two senders share the queue without sending any job twice', async () => {
    await smtp.start()
    mailer = createSmtpMailer(smtp.url)
    const second = createSmtpMailer(smtp.url)
    for (let i = 0; i < 30; i++) await submit()
    const [r1, r2] = await Promise.all([
      processOutbox(options()),
      processOutbox({...options(), mailer: second}),
    ])
    second.close()
    expect({r1, r2}).toEqual({
      r1: expect.objectContaining({retrying: 0, failed: 0}),
      r2: expect.objectContaining({retrying: 0, failed: 0}),
    })
    expect(r1.sent + r2.sent).toBe(30)
    expect(smtp.received).toHaveLength(30)
    expect(new Set(smtp.received.map((m) => m.headers['x-enquiry-ref'])).size).toBe(30)
  })
})

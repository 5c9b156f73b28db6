import {randomUUID} from 'node:crypto'
import {sql, type Kysely} from 'kysely'
import {migrationSchema} from '@/lib/platform/database/db'
import {createMigrator, migrateToLatest} from '@/lib/platform/database/migrations'
import {validateAndStoreEnquiry, type SubmissionContext} from '@/lib/enquiries/validate-and-store-enquiry'
import {composeJobEmail} from '@/lib/enquiries/compose-email'
import {enquiryCsvLine} from '@/lib/staff/inbox-csv'
import {listEnquiries, parseInboxFilters} from '@/lib/staff/inbox'
import {dialects, openTestDb, type TestDb} from '@/tests/support/test-db'
import {enquiryFormData, TEST_SECRET, TREATMENTS} from './form-data'

// The enquiry's language (migration 0007) on a real SQLite file and, with TEST_DATABASE_URL,
// Postgres: old rows read as English, the store writes the form's edition, staff can filter on it.

const SETTINGS = {clinicName: 'Test Clinic', clinicEmail: 'clinic@example.com', from: 'site@example.com', siteUrl: 'https://clinic.test'}

describe.each(dialects)('the enquiry language column (%s)', (dialect) => {
  let t: TestDb
  let ip = 0
  const context = (locale?: 'en' | 'zh-Hans'): SubmissionContext => ({
    db: t.db,
    secret: TEST_SECRET,
    clientIp: `198.51.100.${++ip}`,
    treatments: TREATMENTS,
    rateLimit: 50,
    rateWindowSeconds: 600,
    minFillSeconds: 3,
    sendPatientAcknowledgement: true,
    ...(locale ? {locale} : {}),
  })

  beforeAll(async () => {
    t = await openTestDb(dialect)
  })
  afterAll(() => t.cleanup())

  it('gives enquiries from before the migration the language en, and refuses a null language', async () => {
    const db = t.db as unknown as Kysely<unknown>
    const schema = await migrationSchema(t)
    expect((await createMigrator(db, schema).migrateTo('0006_enquiry_source_contact_taps')).error).toBeUndefined()
    const id = randomUUID()
    const at = '2026-03-01T02:00:00.000Z'
    await sql`insert into enquiries (id, public_ref, idempotency_key, created_at, updated_at, status, full_name, phone, email, patient_type, preferred_days, time_of_day, message, consent_at, marketing_opt_in)
      values (${id}, 'OLDEN-QUIRY', ${randomUUID()}, ${at}, ${at}, 'new', 'Old Row', '+6591234567', 'old@example.com', 'new', '[]', 'any', '', ${at}, 0)`.execute(db)

    expect(await migrateToLatest(db, schema)).toContain('0007_enquiry_language')
    const row = await t.db.selectFrom('enquiries').select('language').where('id', '=', id).executeTakeFirstOrThrow()
    expect(row.language).toBe('en')
    const nulled = await sql`update enquiries set language = null where id = ${id}`.execute(db).then(
      () => 'accepted',
      (error: Error) => error.message,
    )
    expect(nulled).toMatch(/not.null|null value/i)
  })

  it('stores the edition of the form: zh-Hans from the Chinese form, en by default', async () => {
    const zh = await validateAndStoreEnquiry(enquiryFormData({fullName: '陈美玲', email: 'zh@example.com'}), context('zh-Hans'))
    const en = await validateAndStoreEnquiry(enquiryFormData({email: 'en@example.com'}), context())
    expect(zh.kind).toBe('stored')
    expect(en.kind).toBe('stored')
    if (zh.kind !== 'stored' || en.kind !== 'stored') return
    const rows = await t.db.selectFrom('enquiries').select(['id', 'language']).where('id', 'in', [zh.id, en.id]).execute()
    expect(Object.fromEntries(rows.map((r) => [r.id, r.language]))).toEqual({[zh.id]: 'zh-Hans', [en.id]: 'en'})
  })

  it('answers a bad phone number on the Chinese form in Chinese, and stores nothing', async () => {
    const before = await t.db.selectFrom('enquiries').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()
    const outcome = await validateAndStoreEnquiry(enquiryFormData({phone: '12', consent: undefined}), context('zh-Hans'))
    expect(outcome.kind).toBe('rejected')
    if (outcome.kind !== 'rejected') return
    expect(outcome.state.fieldErrors.phone).toBe('请填写有效的电话号码，例如 9123 4567 或 +65 9123 4567。')
    expect(outcome.state.fieldErrors.consent).toMatch(/^请勾选此项/)
    const after = await t.db.selectFrom('enquiries').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()
    expect(Number(after.n)).toBe(Number(before.n))
  })

  it('lets staff filter by language, and names the language in the CSV export and the emails', async () => {
    const zhOnly = await listEnquiries(t.db, parseInboxFilters((name) => (name === 'language' ? 'zh-Hans' : undefined)))
    expect(zhOnly.items.length).toBeGreaterThan(0)
    expect(new Set(zhOnly.items.map((i) => i.language))).toEqual(new Set(['zh-Hans']))
    const enOnly = await listEnquiries(t.db, parseInboxFilters((name) => (name === 'language' ? 'en' : undefined)))
    expect(enOnly.items.every((i) => i.language === 'en')).toBe(true)
    // A value that is not an edition is dropped, as the other filters do: staff still get a list.
    expect(parseInboxFilters((name) => (name === 'language' ? 'fr' : undefined)).language).toBeUndefined()

    const row = zhOnly.items[0]!
    expect(enquiryCsvLine(row)).toContain(',Chinese (简体中文),')
    const notification = composeJobEmail({kind: 'clinic_notification'}, row, SETTINGS, 'n@clinic.test')
    expect(notification.text).toContain('Form language: Chinese (简体中文)')
    expect(notification.subject).toMatch(/ \[Chinese \(简体中文\)\]$/)
    const acknowledgement = composeJobEmail({kind: 'patient_acknowledgement'}, row, SETTINGS, 'a@clinic.test')
    expect(acknowledgement.subject).toBe(`我们已收到您的咨询（${row.public_ref}）`)

    const jobs = await t.db.selectFrom('outbox_jobs').select('kind').where('enquiry_id', '=', row.id).execute()
    expect(jobs.map((j) => j.kind).sort()).toEqual(['clinic_notification', 'patient_acknowledgement'])
  })
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {sql} from 'kysely'
import {
  addEnquiryNote,
  changeEnquiryStatus,
  deleteEnquiry,
  getEnquiryDetail,
  listEnquiries,
} from '@/lib/staff/inbox'
import {purgeExpired} from '@/lib/enquiries/retention'
import {readOrCreateSecretFile} from '@/lib/platform/session-secret'
import {upsertStaffUser, verifyStaffCredentials, type StaffUser} from '@/lib/staff/accounts'
import {findSessionUser, startSession} from '@/lib/staff/sessions'
import {validateAndStoreEnquiry} from '@/lib/enquiries/validate-and-store-enquiry'
import {dialects, openTestDb, type TestDb} from '@/tests/support/test-db'
import {issueFormToken} from '@/lib/enquiries/form-token'
import {enquiryFormData, TEST_SECRET, TREATMENTS} from '../enquiries/form-data'

describe.each(dialects)('staff inbox (%s)', (dialect) => {
  let t: TestDb
  let staff: StaffUser

  beforeAll(async () => {
    t = await openTestDb(dialect)
    ;({user: staff} = await upsertStaffUser(t.db, {
      email: 'Front@Clinic.test',
      name: 'Front desk',
      password: 'correct horse battery',
    }))
  })
  afterAll(() => t.cleanup())

  async function submit(overrides: Record<string, string> = {}, now?: Date) {
    const rendered = new Date((now ?? new Date()).getTime() - 60_000)
    const outcome = await validateAndStoreEnquiry(
      enquiryFormData(overrides, issueFormToken(TEST_SECRET, rendered)),
      {
        db: t.db,
        secret: TEST_SECRET,
        clientIp: `198.51.100.${Math.floor(Math.random() * 250)}`,
        treatments: TREATMENTS,
        rateLimit: 1000,
        rateWindowSeconds: 600,
        minFillSeconds: 0,
        now,
      },
    )
    if (outcome.kind !== 'stored') throw new Error('not stored')
    return outcome
  }

  it('signs staff in by email (any case) and password, with sessions that expire', async () => {
    expect(await verifyStaffCredentials(t.db, 'front@clinic.test', 'correct horse battery')).toMatchObject({
      email: 'front@clinic.test',
    })
    expect(await verifyStaffCredentials(t.db, 'front@clinic.test', 'wrong password')).toBeUndefined()
    expect(await verifyStaffCredentials(t.db, 'nobody@clinic.test', 'correct horse battery')).toBeUndefined()
    const {token, expiresAt} = await startSession(t.db, staff.id)
    expect(await findSessionUser(t.db, token)).toMatchObject({id: staff.id})
    expect(await findSessionUser(t.db, token, new Date(expiresAt.getTime() + 1))).toBeUndefined()
    // A password reset ends existing sessions.
    await upsertStaffUser(t.db, {
      email: 'front@clinic.test',
      name: 'Front desk',
      password: 'another long password',
    })
    expect(await findSessionUser(t.db, token)).toBeUndefined()
  })

  it('records status changes and notes with who and when', async () => {
    const {id} = await submit()
    await changeEnquiryStatus(t.db, {id, status: 'contacted', note: 'Left a voicemail', staff})
    await addEnquiryNote(t.db, {id, note: 'Prefers Saturdays <b>only</b>', staff})
    await changeEnquiryStatus(t.db, {id, status: 'contacted', staff}) // no change, no event
    const detail = await getEnquiryDetail(t.db, id)
    expect(detail?.enquiry.status).toBe('contacted')
    expect(detail?.events.map((e) => [e.action, e.from_status, e.to_status, e.staff_email])).toEqual(
      expect.arrayContaining([
        ['status', 'new', 'contacted', 'front@clinic.test'],
        ['note', null, null, 'front@clinic.test'],
      ]),
    )
    expect(detail?.events).toHaveLength(2)
    expect(detail?.notification).toBe('waiting')
  })

  it('filters by status, treatment and Singapore date', async () => {
    // 23:30 UTC on 1 Feb is 07:30 on 2 Feb in Singapore.
    const late = await submit({treatment: 'laser-toning'}, new Date('2026-02-01T23:30:00Z'))
    const list = (f: Parameters<typeof listEnquiries>[1]) =>
      listEnquiries(t.db, f).then(({items}) => items.map((r) => r.id))
    expect(await list({from: '2026-02-02', to: '2026-02-02'})).toEqual([late.id])
    expect(await list({from: '2026-02-01', to: '2026-02-01'})).toEqual([])
    expect(await list({treatment: 'laser-toning'})).toContain(late.id)
    expect(await list({treatment: 'chemical-peel'})).not.toContain(late.id)
    expect(await list({status: 'contacted'})).not.toContain(late.id)
  })

  it('deletes an enquiry with its jobs and notes, keeping only an audit line without personal data', async () => {
    const {id} = await submit({fullName: 'Withdrawn Person'})
    await addEnquiryNote(t.db, {id, note: 'Called Withdrawn Person', staff})
    expect(await deleteEnquiry(t.db, {id, staff, reason: 'Consent withdrawn (PDPA)'})).toBe(true)
    expect(await getEnquiryDetail(t.db, id)).toBeUndefined()
    const jobs = await t.db.selectFrom('outbox_jobs').select('id').where('enquiry_id', '=', id).execute()
    expect(jobs).toEqual([])
    const events = await t.db.selectFrom('audit_events').selectAll().where('enquiry_id', '=', id).execute()
    expect(events.map((e) => e.action)).toEqual(['delete'])
    expect(JSON.stringify(events)).not.toContain('Withdrawn Person')
  })

  it('purges enquiries past the retention period and keeps newer ones', async () => {
    const now = new Date('2027-06-15T00:00:00Z')
    const old = await submit({}, new Date('2026-06-01T00:00:00Z'))
    const recent = await submit({}, new Date('2026-07-01T00:00:00Z'))
    const result = await purgeExpired(t.db, {months: 12, now})
    expect(result.enquiries).toBeGreaterThanOrEqual(1)
    const remaining = await t.db
      .selectFrom('enquiries')
      .select('id')
      .where('id', 'in', [old.id, recent.id])
      .execute()
    expect(remaining.map((r) => r.id)).toEqual([recent.id])
    const purged = await t.db
      .selectFrom('audit_events')
      .select(sql<number>`count(*)`.as('n'))
      .where('action', '=', 'purge')
      .executeTakeFirstOrThrow()
    expect(Number(purged.n)).toBe(1)
  })
})

describe('generated session secret', () => {
  it('is created once with mode 600 and reused', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-'))
    const file = path.join(dir, 'data', 'session-secret')
    const first = readOrCreateSecretFile(file)
    expect(first.length).toBeGreaterThanOrEqual(32)
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(readOrCreateSecretFile(file)).toBe(first)
    fs.rmSync(dir, {recursive: true, force: true})
  })
})

describe('session secret file', () => {
  it('refuses a data folder it cannot write with a message naming SESSION_SECRET, instead of a secret only this process knows', () => {
    // A regular file where the folder should be: unwritable even for root, unlike chmod.
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'secret-')), 'not-a-folder')
    fs.writeFileSync(file, '')
    expect(() => readOrCreateSecretFile(path.join(file, 'session-secret'))).toThrow(/SESSION_SECRET is not set and .* cannot be written/)
  })
})

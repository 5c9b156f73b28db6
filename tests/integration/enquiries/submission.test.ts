import {sql} from 'kysely'
import {validateAndStoreEnquiry, type SubmissionContext} from '@/lib/enquiries/validate-and-store-enquiry'
import {issueFormToken} from '@/lib/enquiries/form-token'
import {dialects, openTestDb, type TestDb} from '@/tests/support/test-db'
import {enquiryFormData, TEST_SECRET, TREATMENTS} from './form-data'

describe.each(dialects)('submitting the booking form (%s)', (dialect) => {
  let t: TestDb
  let ctx: SubmissionContext
  let ip = 0

  beforeAll(async () => {
    t = await openTestDb(dialect, {pgPoolSize: 20})
  })
  afterAll(() => t.cleanup())
  beforeEach(() => {
    ip += 1
    ctx = {
      db: t.db,
      secret: TEST_SECRET,
      clientIp: `203.0.113.${ip}`,
      treatments: TREATMENTS,
      rateLimit: 5,
      rateWindowSeconds: 600,
      minFillSeconds: 3,
    }
  })

  async function counts(enquiryId?: string) {
    let enquiries = t.db.selectFrom('enquiries').select(sql<number>`count(*)`.as('n'))
    let jobs = t.db.selectFrom('outbox_jobs').select(sql<number>`count(*)`.as('n'))
    if (enquiryId) {
      enquiries = enquiries.where('id', '=', enquiryId)
      jobs = jobs.where('enquiry_id', '=', enquiryId)
    }
    return {
      enquiries: Number((await enquiries.executeTakeFirstOrThrow()).n),
      jobs: Number((await jobs.executeTakeFirstOrThrow()).n),
    }
  }

  it('stores a valid enquiry and its notification job together, phone in E.164', async () => {
    const outcome = await validateAndStoreEnquiry(enquiryFormData({marketingOptIn: 'on'}), ctx)
    expect(outcome.kind).toBe('stored')
    if (outcome.kind !== 'stored') return
    expect(outcome.publicRef).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/)
    const row = await t.db
      .selectFrom('enquiries')
      .selectAll()
      .where('id', '=', outcome.id)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({
      phone: '+6591234567',
      treatment_slug: 'chemical-peel',
      treatment_name: 'Chemical peel',
      status: 'new',
      preferred_days: '["mon","sat"]',
      marketing_opt_in: 1,
    })
    expect(row.marketing_opt_in_at).toBe(row.created_at)
    expect(await counts(outcome.id)).toEqual({enquiries: 1, jobs: 1})
  })

  it('stores one enquiry for a double submit of the same rendered form', async () => {
    const token = issueFormToken(TEST_SECRET, new Date(Date.now() - 30_000))
    const [a, b] = await Promise.all([
      validateAndStoreEnquiry(enquiryFormData({}, token), ctx),
      validateAndStoreEnquiry(enquiryFormData({}, token), ctx),
    ])
    const again = await validateAndStoreEnquiry(enquiryFormData({}, token), ctx)
    expect([a.kind, b.kind, again.kind]).toEqual(['stored', 'stored', 'stored'])
    if (a.kind !== 'stored' || b.kind !== 'stored' || again.kind !== 'stored') return
    expect(new Set([a.id, b.id, again.id]).size).toBe(1)
    expect([a.created, b.created].sort()).toEqual([false, true])
    expect(await counts(a.id)).toEqual({enquiries: 1, jobs: 1})
  })

  it('returns field errors and keeps the typed values, storing nothing', async () => {
    const before = await counts()
    const outcome = await validateAndStoreEnquiry(
      enquiryFormData({phone: '12345', consent: undefined, fullName: '陈美玲'}),
      ctx,
    )
    expect(outcome.kind).toBe('rejected')
    if (outcome.kind !== 'rejected') return
    expect(Object.keys(outcome.state.fieldErrors).sort()).toEqual(['consent', 'phone'])
    expect(outcome.state.values).toMatchObject({
      fullName: '陈美玲',
      phone: '12345',
      preferredDays: ['mon', 'sat'],
    })
    expect(outcome.state.values).not.toHaveProperty('formToken')
    expect(await counts()).toEqual(before)
  })

  it('rejects a filled honeypot, a too-fast form, and a forged token', async () => {
    const before = await counts()
    const honeypot = await validateAndStoreEnquiry(enquiryFormData({website: 'http://spam.example'}), ctx)
    const fast = await validateAndStoreEnquiry(enquiryFormData({}, issueFormToken(TEST_SECRET)), ctx)
    const forged = await validateAndStoreEnquiry(
      enquiryFormData({}, issueFormToken('x'.repeat(40), new Date(Date.now() - 60_000))),
      ctx,
    )
    expect([honeypot, fast, forged].map((o) => o.kind === 'rejected' && o.reason)).toEqual([
      'honeypot',
      'token',
      'token',
    ])
    expect(forged.kind === 'rejected' && forged.state.formToken).toBeTruthy()
    expect(await counts()).toEqual(before)
  })

  it('limits enquiries per IP within the window, across calls sharing the database', async () => {
    const outcomes = []
    for (let i = 0; i < 7; i++) outcomes.push(await validateAndStoreEnquiry(enquiryFormData(), ctx))
    expect(outcomes.map((o) => o.kind)).toEqual([
      'stored',
      'stored',
      'stored',
      'stored',
      'stored',
      'rejected',
      'rejected',
    ])
    const last = outcomes[6]
    expect(last.kind === 'rejected' && last.reason).toBe('rate_limited')
    const otherIp = await validateAndStoreEnquiry(enquiryFormData(), {...ctx, clientIp: '198.51.100.7'})
    expect(otherIp.kind).toBe('stored')
    const nextWindow = await validateAndStoreEnquiry(enquiryFormData(), {
      ...ctx,
      now: new Date(Date.now() + 601_000),
    })
    expect(nextWindow.kind).toBe('stored')
  })

  it('200 concurrent submissions give exactly 200 enquiries and 200 jobs', async () => {
    const before = await counts()
    const many = {...ctx, rateLimit: 10_000}
    const outcomes = await Promise.all(
      Array.from({length: 200}, () => validateAndStoreEnquiry(enquiryFormData(), many)),
    )
    expect(outcomes.filter((o) => o.kind === 'stored' && o.created)).toHaveLength(200)
    const after = await counts()
    expect({enquiries: after.enquiries - before.enquiries, jobs: after.jobs - before.jobs}).toEqual({
      enquiries: 200,
      jobs: 200,
    })
  })
})

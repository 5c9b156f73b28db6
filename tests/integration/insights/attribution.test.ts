import {validateAndStoreEnquiry, type SubmissionContext} from '@/lib/enquiries/validate-and-store-enquiry'
import {purgeExpired} from '@/lib/enquiries/retention'
import {deleteEnquiry, listEnquiries, listSourcePaths, parseInboxFilters} from '@/lib/staff/inbox'
import {dialects, openTestDb, type TestDb} from '@/tests/support/test-db'
import {enquiryFormData, TEST_SECRET, TREATMENTS} from '../enquiries/form-data'

const GUIDE = '/blog/can-you-close-pores-permanently'

describe.each(dialects)('the page behind each enquiry (%s)', (dialect) => {
  let t: TestDb
  let ctx: SubmissionContext
  let ip = 0

  beforeAll(async () => {
    t = await openTestDb(dialect)
  })
  afterAll(() => t.cleanup())
  beforeEach(() => {
    ip += 1
    ctx = {db: t.db, secret: TEST_SECRET, clientIp: `198.51.100.${ip}`, treatments: TREATMENTS, rateLimit: 50, rateWindowSeconds: 600, minFillSeconds: 3}
  })

  async function storedSource(overrides: Record<string, string | undefined>, extra: Partial<SubmissionContext> = {}) {
    const outcome = await validateAndStoreEnquiry(enquiryFormData(overrides), {...ctx, ...extra})
    expect(outcome.kind).toBe('stored')
    if (outcome.kind !== 'stored') throw new Error('not stored')
    const row = await t.db.selectFrom('enquiries').select('source_path').where('id', '=', outcome.id).executeTakeFirstOrThrow()
    return row.source_path
  }

  it('stores the page the booking link named', async () => {
    expect(await storedSource({from: GUIDE})).toBe(GUIDE)
  })

  it.each([
    ['another host', '//evil.com'],
    ['a full address', 'https://evil.com/blog/x'],
    ['a backslash', '/\\evil.com'],
    ['too long', `/blog/${'x'.repeat(300)}`],
    ['a page that is not public', '/staff'],
    ['a query string', '/blog/x?q=9123 4567'],
  ])(
    'still stores the enquiry when `from` is %s, without a source page',
    async (_label, bad) => {
      expect(await storedSource({from: bad})).toBeNull()
    },
  )

  it('falls back to the Referer page when the form names none, and ignores it when the form does', async () => {
    expect(await storedSource({from: undefined}, {refererSourcePath: '/treatments/chemical-peel'})).toBe('/treatments/chemical-peel')
    expect(await storedSource({from: '//evil.com'}, {refererSourcePath: '/clinic'})).toBe('/clinic')
    expect(await storedSource({from: GUIDE}, {refererSourcePath: '/clinic'})).toBe(GUIDE)
    expect(await storedSource({from: undefined})).toBeNull()
  })

  it('lets staff filter the inbox by source page, and lists the pages with their counts', async () => {
    const filters = parseInboxFilters((name) => ({source: GUIDE} as Record<string, string>)[name])
    expect(filters.source).toBe(GUIDE)
    const page = await listEnquiries(t.db, filters)
    expect(page.total).toBe(2)
    expect(page.items.every((i) => i.source_path === GUIDE)).toBe(true)
    expect(parseInboxFilters((name) => (name === 'source' ? '//evil.com' : undefined)).source).toBeUndefined()
    const sources = await listSourcePaths(t.db)
    expect(sources.find((s) => s.path === GUIDE)?.enquiries).toBe(2)
    expect(sources.some((s) => s.path === '/treatments/chemical-peel')).toBe(true)
  })

  it('removes the source page with the enquiry on deletion and on purge', async () => {
    const outcome = await validateAndStoreEnquiry(enquiryFormData({from: '/people/dr-example'}), ctx)
    if (outcome.kind !== 'stored') throw new Error('not stored')
    expect(await deleteEnquiry(t.db, {id: outcome.id, staff: undefined, reason: 'withdrawal'})).toBe(true)
    const kept = await t.db.selectFrom('enquiries').select('id').where('source_path', '=', '/people/dr-example').execute()
    expect(kept).toEqual([])
    await purgeExpired(t.db, {months: 1, now: new Date(Date.now() + 40 * 24 * 3600 * 1000)})
    const left = await t.db.selectFrom('enquiries').select('id').where('source_path', 'is not', null).execute()
    expect(left).toEqual([])
  })
})

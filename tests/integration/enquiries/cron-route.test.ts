import {getDatabase} from '@/lib/platform/database/db'
import {validateAndStoreEnquiry} from '@/lib/enquiries/validate-and-store-enquiry'
import {bookingServerEnv} from './booking-server-env'
import {enquiryFormData, TEST_SECRET, TREATMENTS} from './form-data'

// The scheduler's route (app/api/cron/enquiries) over a real SQLite file and a real SMTP server:
// what the in-process timers do, for hosting that has none. Only the CMS getters are stood in for.

jest.mock('@/lib/content', () => ({
  // The page getters need a Next request; the rest (loadClinicSettings: the snapshot) is real.
  ...jest.requireActual<object>('@/lib/content'),
  getTreatments: async () => [{_id: 't1', name: 'Chemical peel', slug: 'chemical-peel', summary: ''}],
  getSettings: async () => ({clinicName: 'Test Clinic', enquiryRetentionMonths: 12}),
}))

type Handler = (request: Request) => Promise<Response>

const CRON_SECRET = 'cron-test-secret-0123456789abcdefghij'
const {smtp} = bookingServerEnv({secret: TEST_SECRET, rateLimit: 50, extra: {CRON_SECRET}})
let GET: Handler

beforeAll(async () => {
  ;({GET} = (await import('@/app/api/cron/enquiries/route')) as {GET: Handler})
})

const call = (authorization?: string) =>
  GET(
    new Request('https://clinic.test/api/cron/enquiries', {
      headers: authorization ? {authorization} : {},
    }),
  )

async function storeEnquiry(): Promise<string> {
  const {db} = await getDatabase()
  const outcome = await validateAndStoreEnquiry(enquiryFormData(), {
    db,
    secret: TEST_SECRET,
    clientIp: '203.0.113.20',
    treatments: TREATMENTS,
    rateLimit: 50,
    rateWindowSeconds: 600,
    minFillSeconds: 0,
  })
  if (outcome.kind !== 'stored') throw new Error('not stored')
  return outcome.publicRef
}

it('refuses a call without the right bearer token, sending nothing', async () => {
  await storeEnquiry()
  for (const authorization of [
    undefined,
    'Bearer wrong-secret-0123456789',
    CRON_SECRET,
    `Basic ${CRON_SECRET}`,
  ]) {
    const response = await call(authorization)
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toBe('Bearer')
  }
  expect(smtp.received).toHaveLength(0)
})

it('sends what is waiting and answers what is left', async () => {
  const ref = await storeEnquiry()
  const response = await call(`Bearer ${CRON_SECRET}`)
  expect(response.status).toBe(200)
  expect(response.headers.get('cache-control')).toBe('no-store')
  expect(await response.json()).toEqual({ok: true, outbox: {pending: 0, failed: 0}})
  expect(smtp.received.map((m) => m.headers['x-enquiry-ref'])).toContain(ref)
  expect(smtp.received).toHaveLength(2)
})

it('counts jobs still waiting when the mail server is down', async () => {
  // Close the pooled SMTP connection first, so the next send has to connect and is refused.
  const {stopOutboxSender} = await import('@/lib/enquiries/background')
  await stopOutboxSender()
  await smtp.stop()
  await storeEnquiry()
  const response = await call(`Bearer ${CRON_SECRET}`)
  expect(await response.json()).toEqual({ok: true, outbox: {pending: 1, failed: 0}})
})

it('is not there at all without CRON_SECRET', async () => {
  const saved = process.env.CRON_SECRET
  process.env.CRON_SECRET = ''
  try {
    await jest.isolateModulesAsync(async () => {
      const route = (await import('@/app/api/cron/enquiries/route')) as {GET: Handler}
      const response = await route.GET(
        new Request('https://clinic.test/api/cron/enquiries', {headers: {authorization: 'Bearer '}}),
      )
      expect(response.status).toBe(404)
    })
  } finally {
    process.env.CRON_SECRET = saved
  }
})

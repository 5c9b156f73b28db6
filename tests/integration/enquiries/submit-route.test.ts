import {issueFormToken} from '@/lib/enquiries/form-token'
import {enquiryFormData} from './form-data'
import {bookingServerEnv} from './booking-server-env'

// The no-JavaScript form POST route (app/(site)/[locale]/book/submit) called with real Requests, as a
// browser sends them, over a real SQLite file and a real SMTP server. Only `after` and the CMS
// getters are stood in for: both need a running Next server.

const afterCallbacks: Array<() => unknown> = []
jest.mock('next/server', () => ({
  ...jest.requireActual('next/server'),
  after: (callback: () => unknown) => afterCallbacks.push(callback),
}))
jest.mock('@/lib/content', () => ({
  // The page getters need a Next request; the rest (loadClinicSettings: the snapshot) is real.
  ...jest.requireActual<object>('@/lib/content'),
  getTreatments: async () => [{_id: 't1', name: 'Chemical peel', slug: 'chemical-peel', summary: ''}],
  getSettings: async () => ({
    clinicName: 'Test Clinic',
    whatsapp: '+65 9123 4567',
    enquiryRetentionMonths: 12,
  }),
}))

type Handler = (request: Request) => Promise<Response>

const SECRET = 'submit-route-test-secret-0123456789abcdef'
const ORIGIN = 'https://clinic.test'
let POST: Handler
const {smtp} = bookingServerEnv({secret: SECRET, rateLimit: 50})

beforeAll(async () => {
  ;({POST} = (await import('@/app/(site)/[locale]/book/submit/route')) as {POST: Handler})
})

const rendered = () => issueFormToken(SECRET, new Date(Date.now() - 10_000))

function formRequest(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}/book/submit`, {
    method: 'POST',
    body,
    headers: {host: 'clinic.test', origin: ORIGIN, 'x-forwarded-for': '203.0.113.7', ...headers},
    duplex: 'half',
  } as RequestInit)
}

async function storedRefs(): Promise<string[]> {
  const {getDatabase} = await import('@/lib/platform/database/db')
  const {db} = await getDatabase()
  return (await db.selectFrom('enquiries').select('public_ref').execute()).map((r) => r.public_ref)
}

it('stores a valid form, answers 303 to its confirmation, and emails the clinic after the response', async () => {
  const response = await POST(formRequest(enquiryFormData({email: 'route@example.com'}, rendered())))
  expect(response.status).toBe(303)
  expect(response.headers.get('cache-control')).toBe('no-store')
  const ref = /^\/book\/thanks\?ref=([A-Z2-9]{5}-[A-Z2-9]{5})$/.exec(
    response.headers.get('location') ?? '',
  )?.[1]
  expect(ref).toBeDefined()
  expect(await storedRefs()).toContain(ref)
  await Promise.all(afterCallbacks.splice(0).map((callback) => callback()))
  expect(smtp.received.map((m) => m.headers['x-enquiry-ref'])).toContain(ref)
})

it('reads a urlencoded form as well as a multipart one', async () => {
  const fields = new URLSearchParams()
  for (const [key, value] of enquiryFormData({}, rendered())) fields.append(key, String(value))
  const response = await POST(formRequest(fields))
  expect(response.status).toBe(303)
})

it('answers a repeat of the same form with the same confirmation', async () => {
  const token = rendered()
  const first = await POST(formRequest(enquiryFormData({}, token)))
  const second = await POST(formRequest(enquiryFormData({}, token)))
  expect(first.status).toBe(303)
  expect(second.headers.get('location')).toBe(first.headers.get('location'))
})

it('sends a form it cannot store on to the page with 307, storing nothing', async () => {
  const before = (await storedRefs()).length
  const invalid = await POST(formRequest(enquiryFormData({phone: '12'}, rendered())))
  const tooFast = await POST(formRequest(enquiryFormData({}, issueFormToken(SECRET))))
  const honeypot = await POST(formRequest(enquiryFormData({website: 'http://spam.test'}, rendered())))
  for (const response of [invalid, tooFast, honeypot]) {
    // 307 keeps the method and body, so the server action on /book renders the errors.
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('/book')
  }
  expect((await storedRefs()).length).toBe(before)
})

it('refuses a form posted from another site', async () => {
  const before = (await storedRefs()).length
  const response = await POST(formRequest(enquiryFormData({}, rendered()), {origin: 'https://evil.test'}))
  expect(response.status).toBe(403)
  expect((await storedRefs()).length).toBe(before)
})

it('refuses a body that is not a form', async () => {
  const response = await POST(
    formRequest(JSON.stringify({fullName: 'x'}), {'content-type': 'application/json'}),
  )
  expect(response.status).toBe(415)
  expect(await response.text()).toMatch(/multipart\/form-data/)
})

it('refuses an oversized body, declared or streamed without a length', async () => {
  const big = new Response(enquiryFormData({message: 'x'.repeat(70 * 1024)}, rendered()))
  const contentType = big.headers.get('content-type')!
  const declared = await POST(
    formRequest(enquiryFormData({}, rendered()), {'content-length': String(10 * 1024 * 1024)}),
  )
  expect(declared.status).toBe(413)
  // A stream has no length up front; the route stops reading once it passes the limit.
  const streamed = await POST(formRequest(big.body!, {'content-type': contentType}))
  expect(streamed.status).toBe(413)
  expect(await streamed.text()).toMatch(/larger than 64 KB/)
})

it('answers 400 to a multipart body it cannot parse', async () => {
  const response = await POST(
    formRequest('--nope\r\nbroken', {'content-type': 'multipart/form-data; boundary=expected'}),
  )
  expect(response.status).toBe(400)
})

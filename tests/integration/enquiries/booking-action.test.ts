import {initialEnquiryFormState, type EnquiryFormState} from '@/lib/enquiries/form-fields'
import {issueFormToken} from '@/lib/enquiries/form-token'
import {enquiryFormData} from './form-data'
import {bookingServerEnv} from './booking-server-env'

// The real server action from app/(site)/[locale]/book, called with a real FormData as the no-JavaScript
// form POST delivers it, over a real SQLite file and a real SMTP server. Only what exists solely
// inside a Next request is stood in for: the request headers, `after`, and the CMS getters
// (their cache needs Next's incremental cache).

const afterCallbacks: Array<() => unknown> = []
jest.mock('next/headers', () => ({
  headers: async () => new Headers({'x-forwarded-for': '10.0.0.1, 203.0.113.50'}),
  cookies: async () => ({get: () => undefined}),
}))
jest.mock('next/server', () => ({
  ...jest.requireActual('next/server'),
  after: (callback: () => unknown) => afterCallbacks.push(callback),
}))
jest.mock('@/lib/content', () => ({
  // The page getters need a Next request; the rest (loadClinicSettings: the snapshot) is real.
  ...jest.requireActual<object>('@/lib/content'),
  getTreatments: async () => [
    {_id: 't1', name: 'Chemical peel', slug: 'chemical-peel', summary: ''},
    {_id: 't2', name: 'Laser toning', slug: 'laser-toning', summary: ''},
  ],
  getSettings: async () => ({
    clinicName: 'Test Clinic',
    whatsapp: '+65 9123 4567',
    email: 'hello@clinic.test',
    enquiryRetentionMonths: 12,
  }),
}))

type Action = (previous: EnquiryFormState, formData: FormData) => Promise<EnquiryFormState>

const SECRET = 'booking-action-test-secret-0123456789abcdef'
let bookingFormAction: Action
const {smtp} = bookingServerEnv({secret: SECRET, rateLimit: 3})

beforeAll(async () => {
  ;({bookingFormAction} = (await import('@/app/(site)/[locale]/book/actions')) as {bookingFormAction: Action})
})

async function post(formData: FormData): Promise<{redirectTo?: string; state?: EnquiryFormState}> {
  try {
    return {state: await bookingFormAction(initialEnquiryFormState, formData)}
  } catch (error) {
    const digest = (error as {digest?: string}).digest ?? ''
    if (!digest.startsWith('NEXT_REDIRECT')) throw error
    return {redirectTo: digest.split(';')[2]}
  }
}

const rendered = () => issueFormToken(SECRET, new Date(Date.now() - 10_000))

it('stores the enquiry, redirects to the confirmation, and emails the clinic after the response', async () => {
  const result = await post(enquiryFormData({email: 'siti@example.com'}, rendered()))
  expect(result.redirectTo).toMatch(/^\/book\/thanks\?ref=[A-Z2-9]{5}-[A-Z2-9]{5}$/)
  const ref = result.redirectTo!.split('=')[1]
  expect(smtp.received).toHaveLength(0)
  await Promise.all(afterCallbacks.splice(0).map((callback) => callback()))
  expect(smtp.received.map((m) => m.headers['x-enquiry-ref'])).toEqual([ref])
  expect(smtp.received[0]!.headers['reply-to']).toContain('siti@example.com')
})

it('answers a double submit of the same form with the same confirmation', async () => {
  const token = rendered()
  const [a, b] = await Promise.all([post(enquiryFormData({}, token)), post(enquiryFormData({}, token))])
  expect(a.redirectTo).toBeDefined()
  expect(b.redirectTo).toBe(a.redirectTo)
})

it('returns inline errors with the typed values and the original token', async () => {
  const token = rendered()
  const {state} = await post(enquiryFormData({phone: '555', fullName: 'முத்து'}, token))
  expect(state?.fieldErrors.phone).toBeDefined()
  expect(state?.values.fullName).toBe('முத்து')
  expect(state?.formToken).toBe(token)
})

it('rejects a form sent faster than a person fills it in', async () => {
  const {state} = await post(enquiryFormData({}, issueFormToken(SECRET)))
  expect(state?.formError).toMatch(/moment/)
})

it('applies the per-IP rate limit from the environment', async () => {
  // ENQUIRY_RATE_LIMIT=3, and every submission in this file comes from the same IP. Only stored
  // enquiries count (a repeat of a stored form does not), so the limit is reached at three rows.
  const {getDatabase} = await import('@/lib/platform/database/db')
  const {db} = await getDatabase()
  const stored = async () => (await db.selectFrom('enquiries').select('id').execute()).length
  while ((await stored()) < 3) expect((await post(enquiryFormData({}, rendered()))).redirectTo).toBeDefined()
  const {state} = await post(enquiryFormData({}, rendered()))
  expect(state?.formError).toMatch(/try again in/)
  expect(await stored()).toBe(3)
})

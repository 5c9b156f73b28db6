import {initialEnquiryFormState, type EnquiryFormState} from '@/lib/enquiries/form-fields'
import {issueFormToken} from '@/lib/enquiries/form-token'
import {enquiryFormData} from './form-data'
import {bookingServerEnv} from './booking-server-env'

// A patient goes back, corrects the phone number and sends the same rendered
// form again. With JavaScript that is the server action; without, the /book/submit route. Both
// must store the correction as an update linked to the first, not answer with the old enquiry.

const afterCallbacks: Array<() => unknown> = []
jest.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({get: () => undefined}),
}))
jest.mock('next/server', () => ({
  ...jest.requireActual('next/server'),
  after: (callback: () => unknown) => afterCallbacks.push(callback),
}))
jest.mock('@/lib/content', () => ({
  // The page getters need a Next request; the rest (loadClinicSettings: the snapshot) is real.
  ...jest.requireActual<object>('@/lib/content'),
  getTreatments: async () => [{_id: 't1', name: 'Chemical peel', slug: 'chemical-peel', summary: ''}],
  getSettings: async () => ({clinicName: 'Test Clinic', enquiryRetentionMonths: 12}),
}))

type Action = (previous: EnquiryFormState, formData: FormData) => Promise<EnquiryFormState>
type Handler = (request: Request) => Promise<Response>

const SECRET = 'corrected-resend-test-secret-0123456789abcdef'
bookingServerEnv({secret: SECRET, rateLimit: 50})
let bookingFormAction: Action
let POST: Handler

beforeAll(async () => {
  ;({bookingFormAction} = (await import('@/app/(site)/[locale]/book/actions')) as {bookingFormAction: Action})
  ;({POST} = (await import('@/app/(site)/[locale]/book/submit/route')) as {POST: Handler})
})

const refFrom = (location: string | null | undefined) => /ref=([A-Z2-9]{5}-[A-Z2-9]{5})$/.exec(location ?? '')?.[1]

async function viaAction(formData: FormData): Promise<string | undefined> {
  try {
    await bookingFormAction(initialEnquiryFormState, formData)
    return undefined
  } catch (error) {
    const digest = (error as {digest?: string}).digest ?? ''
    if (!digest.startsWith('NEXT_REDIRECT')) throw error
    return refFrom(digest.split(';')[2])
  }
}

async function viaRoute(formData: FormData): Promise<string | undefined> {
  const response = await POST(
    new Request('https://clinic.test/book/submit', {
      method: 'POST',
      body: formData,
      headers: {host: 'clinic.test', origin: 'https://clinic.test'},
    }),
  )
  expect(response.status).toBe(303)
  return refFrom(response.headers.get('location'))
}

async function rowByRef(ref: string | undefined) {
  const {getDatabase} = await import('@/lib/platform/database/db')
  const {db} = await getDatabase()
  return db.selectFrom('enquiries').selectAll().where('public_ref', '=', ref ?? '').executeTakeFirst()
}

it.each([
  ['with JavaScript (server action)', viaAction],
  ['without JavaScript (/book/submit)', viaRoute],
])('%s: stores a changed resend as an update linked to the first; staff keep both', async (_label, send) => {
  const token = issueFormToken(SECRET, new Date(Date.now() - 60_000))
  const firstRef = await send(enquiryFormData({phone: '9123 4568'}, token))
  const correctedRef = await send(enquiryFormData({phone: '9123 4567'}, token))
  const first = await rowByRef(firstRef)
  const corrected = await rowByRef(correctedRef)
  expect(first?.phone).toBe('+6591234568')
  expect(corrected?.phone).toBe('+6591234567')
  expect(corrected?.supersedes_id).toBe(first?.id)
  // Sending the corrected form once more is a repeat: the same confirmation.
  expect(await send(enquiryFormData({phone: '9123 4567'}, token))).toBe(correctedRef)
})

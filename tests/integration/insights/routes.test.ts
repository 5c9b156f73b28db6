import {issueFormToken} from '@/lib/enquiries/form-token'
import {enquiryFormData} from '../enquiries/form-data'
import {bookingServerEnv} from '../enquiries/booking-server-env'

// The no-JavaScript booking POST and the contact-link counter, called with real Requests over a
// real SQLite file. The CMS getters are stood in for: they need a running Next server.

jest.mock('next/server', () => ({...jest.requireActual('next/server'), after: () => undefined}))
jest.mock('@/lib/content', () => ({
  ...jest.requireActual<object>('@/lib/content'),
  getTreatments: async () => [{_id: 't1', name: 'Chemical peel', slug: 'chemical-peel', summary: ''}],
  getSettings: async () => ({clinicName: 'Test Clinic', phone: '+65 6123 4567', whatsapp: '+65 9123 4567', enquiryRetentionMonths: 12}),
}))

type Handler = (request: Request) => Promise<Response>
type GoHandler = (request: Request, context: {params: Promise<{channel: string}>}) => Promise<Response>

const SECRET = 'insights-route-test-secret-0123456789abcdef'
const ORIGIN = 'https://clinic.test'
const GUIDE = '/blog/can-you-close-pores-permanently'
let POST: Handler
let GO: GoHandler
bookingServerEnv({secret: SECRET, rateLimit: 50, extra: {SITE_URL: ORIGIN, TRUSTED_PROXY_HOPS: '1'}})

beforeAll(async () => {
  ;({POST} = (await import('@/app/(site)/[locale]/book/submit/route')) as {POST: Handler})
  ;({GET: GO} = (await import('@/app/(site)/go/[channel]/route')) as {GET: GoHandler})
})

async function db() {
  const {getDatabase} = await import('@/lib/platform/database/db')
  return (await getDatabase()).db
}

function submit(fields: Record<string, string | undefined>, headers: Record<string, string> = {}) {
  return POST(
    new Request(`${ORIGIN}/book/submit`, {
      method: 'POST',
      body: enquiryFormData(fields, issueFormToken(SECRET, new Date(Date.now() - 10_000))),
      headers: {host: 'clinic.test', origin: ORIGIN, 'x-forwarded-for': '203.0.113.9', ...headers},
    }),
  )
}

async function sourceOf(response: Response) {
  const ref = new URL(response.headers.get('location')!, ORIGIN).searchParams.get('ref')!
  const row = await (await db()).selectFrom('enquiries').select('source_path').where('public_ref', '=', ref).executeTakeFirstOrThrow()
  return row.source_path
}

describe('the form posted without JavaScript', () => {
  it('stores the page from the hidden field', async () => {
    const response = await submit({from: GUIDE}, {referer: `${ORIGIN}/book?from=${encodeURIComponent(GUIDE)}`})
    expect(response.status).toBe(303)
    expect(await sourceOf(response)).toBe(GUIDE)
  })

  it('stores the enquiry without a page when `from` points elsewhere, and never takes /book from the Referer', async () => {
    const response = await submit({from: '//evil.com'}, {referer: `${ORIGIN}/book`})
    expect(response.status).toBe(303)
    expect(await sourceOf(response)).toBeNull()
  })

  it('takes a same-origin Referer that names a page, never another origin', async () => {
    expect(await sourceOf(await submit({}, {referer: `${ORIGIN}/treatments/chemical-peel`}))).toBe('/treatments/chemical-peel')
    expect(await sourceOf(await submit({}, {referer: `https://evil.test${GUIDE}`}))).toBeNull()
  })
})

describe('GET /go/<channel>', () => {
  const tap = (path: string, headers: Record<string, string> = {}) => {
    const channel = path.split('?')[0]!.split('/')[2]!
    return GO(new Request(`${ORIGIN}${path}`, {headers: {host: 'clinic.test', 'x-forwarded-for': '203.0.113.10', ...headers}}), {
      params: Promise.resolve({channel}),
    })
  }
  const taps = async (page: string) =>
    (await (await db()).selectFrom('contact_tap_counts').select(['channel', 'taps']).where('page', '=', page).orderBy('channel').execute()).map(
      (r) => [r.channel, Number(r.taps)],
    )

  it('counts the tap for the page and sends the browser to the clinic, built from the settings', async () => {
    const whatsapp = await tap(`/go/whatsapp?from=${encodeURIComponent(GUIDE)}&to=https://evil.test`)
    expect(whatsapp.status).toBe(303)
    expect(whatsapp.headers.get('location')).toMatch(/^https:\/\/wa\.me\/6591234567\?text=/)
    expect(whatsapp.headers.get('cache-control')).toBe('no-store')
    const phone = await tap(`/go/phone?from=${encodeURIComponent(GUIDE)}`)
    expect(phone.headers.get('location')).toBe('tel:+6561234567')
    expect(await taps(GUIDE)).toEqual([
      ['phone', 1],
      ['whatsapp', 1],
    ])
    expect(whatsapp.headers.get('set-cookie')).toBeNull()
  })

  it('falls back to a same-origin Referer, and counts an unknown page as unknown', async () => {
    await tap('/go/phone', {referer: `${ORIGIN}/clinic`})
    await tap('/go/phone?from=//evil.com', {referer: 'https://evil.test/clinic'})
    expect(await taps('/clinic')).toEqual([['phone', 1]])
    expect(await taps('')).toEqual([['phone', 1]])
  })

  it('answers 404 for a channel it does not know', async () => {
    expect((await tap('/go/email')).status).toBe(404)
  })

  it('stops counting one address past its cap, and still sends it on', async () => {
    const page = '/treatments/chemical-peel'
    for (let i = 0; i < 25; i += 1) {
      const response = await tap(`/go/whatsapp?from=${page}`, {'x-forwarded-for': '203.0.113.99'})
      expect(response.status).toBe(303)
    }
    expect(await taps(page)).toEqual([['whatsapp', 20]])
  })
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {inRequestScope} from './next-request-scope'

// The two draft-mode route handlers, called for real inside Next's request scope: wherever the
// `redirect` parameter points, the Location they answer with stays on this site.
type Handler = (request: Request) => Promise<Response>
const SECRET = 'preview-route-test-secret-0123456789'
const ORIGIN = 'https://clinic.test'

let disable: Handler
let enable: Handler

beforeAll(async () => {
  // Enabling preview starts a preview session in the database.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'draft-mode-redirect-'))
  Object.assign(process.env, {PREVIEW_SECRET: SECRET, SANITY_PROJECT_ID: '', SQLITE_PATH: path.join(dir, 'enquiries.sqlite'), DATABASE_URL: ''})
  ;({GET: disable} = (await import('@/app/api/draft-mode/disable/route')) as {GET: Handler})
  ;({GET: enable} = (await import('@/app/api/draft-mode/enable/route')) as {GET: Handler})
})

// Each normalises (URL parsing, dot segments, backslashes, dropped tabs) into `//evil.example...`
// or names another origin outright.
const OFF_SITE = [
  '/.//evil.example/book',
  '/..//evil.example',
  '/%2e%2e//evil.example',
  '/%2e//evil.example',
  '/blog/../..//evil.example',
  '/./\\evil.example',
  '/\\/evil.example',
  '/%5cevil.example',
  '/%5C%5Cevil.example',
  '/%2f%2fevil.example',
  '/%252f%252fevil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '//evil.example',
  'https://evil.example/',
  'http:evil.example',
  '\\\\evil.example',
  'javascript:alert(1)',
]

const query = (redirect: string, extra = '') => `redirect=${encodeURIComponent(redirect)}${extra}`

/** Where a browser that follows the Location from this origin would land. */
const landing = (location: string | null) => new URL(location ?? '', ORIGIN)

describe('GET /api/draft-mode/disable?redirect=...', () => {
  it.each(OFF_SITE)('never leaves the site for %p', async (redirect) => {
    const {response} = await inRequestScope(new Request(`${ORIGIN}/api/draft-mode/disable?${query(redirect)}`), disable)
    expect(response.status).toBe(303)
    expect(landing(response.headers.get('location')).origin).toBe(ORIGIN)
    expect(response.headers.get('location')).toBe('/')
  })

  it('keeps a same-site path and clears the draft cookie', async () => {
    const {response, draftCookie} = await inRequestScope(
      new Request(`${ORIGIN}/api/draft-mode/disable?${query('/blog/double-cleansing-step-by-step?x=1')}`),
      disable,
    )
    expect(response.headers.get('location')).toBe('/blog/double-cleansing-step-by-step?x=1')
    expect(draftCookie).toBe('')
  })
})

describe('GET /api/draft-mode/enable?secret=...&redirect=... (snapshot mode)', () => {
  it.each(OFF_SITE)('never leaves the site for %p', async (redirect) => {
    const {response, draftCookie} = await inRequestScope(
      new Request(`${ORIGIN}/api/draft-mode/enable?${query(redirect, `&secret=${SECRET}`)}`),
      enable,
    )
    expect(response.status).toBe(307)
    expect(landing(response.headers.get('location')).origin).toBe(ORIGIN)
    expect(response.headers.get('location')).toBe('/')
    expect(draftCookie).toBe('test-preview-id')
  })

  it('keeps a same-site path', async () => {
    const {response} = await inRequestScope(
      new Request(`${ORIGIN}/api/draft-mode/enable?${query('/treatments/chemical-peel', `&secret=${SECRET}`)}`),
      enable,
    )
    expect(response.headers.get('location')).toBe('/treatments/chemical-peel')
  })

  it('refuses a wrong secret before looking at the redirect', async () => {
    const {response, draftCookie} = await inRequestScope(
      new Request(`${ORIGIN}/api/draft-mode/enable?${query('/.//evil.example', '&secret=wrong')}`),
      enable,
    )
    expect(response.status).toBe(401)
    expect(response.headers.get('location')).toBeNull()
    expect(draftCookie).toBeUndefined()
  })
})

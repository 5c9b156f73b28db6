import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {inRequestScope} from './next-request-scope'

// Next's draft-mode cookie is the build's preview id: the same for everyone and every enable. The
// site's own preview session decides whether drafts are shown, so leaving preview ends it for
// every copy of the cookies, and guessing the secret is throttled.
type Handler = (request: Request) => Promise<Response>
const SECRET = 'preview-session-test-secret-0123456789abcdef'
const ORIGIN = 'https://clinic.test'

let enable: Handler
let disable: Handler
let isDraftMode: () => Promise<boolean>
let limit: number
let dir: string

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-session-'))
  Object.assign(process.env, {
    PREVIEW_SECRET: SECRET,
    SANITY_PROJECT_ID: '',
    SQLITE_PATH: path.join(dir, 'enquiries.sqlite'),
    SESSION_SECRET: 'preview-session-test-session-secret-0123456789',
    DATABASE_URL: '',
  })
  ;({GET: enable} = (await import('@/app/api/draft-mode/enable/route')) as {GET: Handler})
  ;({GET: disable} = (await import('@/app/api/draft-mode/disable/route')) as {GET: Handler})
  ;({isDraftMode} = await import('@/lib/content/draft-access'))
  ;({PREVIEW_FAILURE_LIMIT: limit} = await import('@/lib/content/preview-throttle'))
})

afterAll(async () => {
  const {getDatabase} = await import('@/lib/platform/database/db')
  await (await getDatabase()).close()
  fs.rmSync(dir, {recursive: true, force: true})
})

async function enablePreview(): Promise<string> {
  const {response, draftCookie, cookie} = await inRequestScope(new Request(`${ORIGIN}/api/draft-mode/enable?secret=${SECRET}&redirect=/blog`), enable)
  expect(response.status).toBe(307)
  expect(draftCookie).toBe('test-preview-id')
  const token = cookie('clinic_preview')
  expect(token).toBeTruthy()
  return token!
}

/** Whether a request carrying these cookies is shown drafts. */
async function seesDrafts(cookieHeader: string): Promise<boolean> {
  const {response} = await inRequestScope(new Request(`${ORIGIN}/blog`, {headers: {cookie: cookieHeader}}), async () =>
    Response.json(await isDraftMode()),
  )
  return (await response.json()) as boolean
}

it('gives every enable its own preview session', async () => {
  const first = await enablePreview()
  const second = await enablePreview()
  expect(first).not.toBe(second)
  expect(await seesDrafts(`__prerender_bypass=test-preview-id; clinic_preview=${first}`)).toBe(true)
})

it('shows no drafts to the draft-mode cookie alone (the same value for every editor and every enable)', async () => {
  expect(await seesDrafts('__prerender_bypass=test-preview-id')).toBe(false)
  expect(await seesDrafts('__prerender_bypass=test-preview-id; clinic_preview=made-up')).toBe(false)
})

it('ends drafts for a kept copy of the cookies once preview is switched off', async () => {
  const kept = await enablePreview()
  const other = await enablePreview()
  const cookies = `__prerender_bypass=test-preview-id; clinic_preview=${kept}`
  const {response, cookie} = await inRequestScope(new Request(`${ORIGIN}/api/draft-mode/disable`, {headers: {cookie: cookies}}), disable)
  expect(response.status).toBe(303)
  expect(cookie('clinic_preview')).toBe('')
  expect(await seesDrafts(cookies)).toBe(false)
  expect(await seesDrafts(`__prerender_bypass=test-preview-id; clinic_preview=${other}`)).toBe(true)
})

it('answers 429 to a client that keeps trying secrets', async () => {
  const statuses: number[] = []
  for (let attempt = 0; attempt <= limit; attempt += 1) {
    const {response} = await inRequestScope(new Request(`${ORIGIN}/api/draft-mode/enable?secret=guess-${attempt}`), enable)
    statuses.push(response.status)
    if (response.status === 429) {
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/)
      break
    }
  }
  expect(statuses).toEqual([...Array(limit).fill(401), 429])
  // Refused even with the right secret until the window ends.
  const {response} = await inRequestScope(new Request(`${ORIGIN}/api/draft-mode/enable?secret=${SECRET}`), enable)
  expect(response.status).toBe(429)
})

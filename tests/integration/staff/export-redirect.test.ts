import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {inRequestScope} from '../content/next-request-scope'

// Signed out, the export sends the browser to the login page. Behind a proxy the request URL names
// the internal host (http://10.0.0.5:3000), so the Location must be a path, not an absolute URL.
type Handler = (request: Request) => Promise<Response>
let GET: Handler
let dir: string

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-redirect-'))
  Object.assign(process.env, {SQLITE_PATH: path.join(dir, 'enquiries.sqlite'), DATABASE_URL: '', SESSION_SECRET: 'export-redirect-test-secret-0123456789abcdef'})
  ;({GET} = (await import('@/app/(staff)/staff/export/route')) as unknown as {GET: Handler})
})

afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

it('redirects a signed-out export to the login page with a relative Location', async () => {
  const {NextRequest} = await import('next/server')
  const {response} = await inRequestScope(new NextRequest('http://10.0.0.5:3000/staff/export?status=new'), GET as never)
  expect(response.status).toBe(303)
  expect(response.headers.get('location')).toBe('/staff/login')
})

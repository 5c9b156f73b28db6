import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {sql} from 'kysely'

// A database that answers reads but refuses writes (read-only mount, immutable files, full disk)
// refuses every enquiry: health must say so.
type Handler = () => Promise<Response>
let GET: Handler
let dir: string

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'health-write-'))
  Object.assign(process.env, {SQLITE_PATH: path.join(dir, 'enquiries.sqlite'), SANITY_PROJECT_ID: '', DATABASE_URL: '', REDIS_URL: ''})
  ;({GET} = (await import('@/app/api/health/route')) as {GET: Handler})
})

afterAll(async () => {
  const {getDatabase} = await import('@/lib/platform/database/db')
  await (await getDatabase()).close()
  fs.rmSync(dir, {recursive: true, force: true})
})

async function databaseCheck() {
  const response = await GET()
  const body = (await response.json()) as {checks: {database: {ok: boolean}}}
  return {status: response.status, database: body.checks.database}
}

it('is down when the database can be read but not written', async () => {
  expect(await databaseCheck()).toMatchObject({status: 200, database: {ok: true}})
  const {getDatabase} = await import('@/lib/platform/database/db')
  await sql`pragma query_only = on`.execute((await getDatabase()).db)
  // Probes within a second share one round of checks.
  await new Promise((resolve) => setTimeout(resolve, 1100))
  expect(await databaseCheck()).toMatchObject({status: 503, database: {ok: false}})
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// GET /api/health called for real with every dependency broken in a way whose error message
// names something internal: a Postgres role, a file path, a Redis port.
type Handler = () => Promise<Response>

const ROLE = 'clinic_internal_admin'
const HIDDEN_DIR = path.join(os.tmpdir(), 'srv-clinic-secret-location')
let GET: Handler
const logged: string[] = []
let restore: () => void

beforeAll(async () => {
  Object.assign(process.env, {
    DATABASE_URL: `postgres://${ROLE}@127.0.0.1:5432/test`,
    CONTENT_SNAPSHOT_DIR: HIDDEN_DIR,
    REDIS_URL: 'redis://127.0.0.1:1',
    SANITY_PROJECT_ID: '',
    // Required beside DATABASE_URL/REDIS_URL; not under test here.
    SESSION_SECRET: 'health-route-test-session-secret-0123456789',
  })
  const write = process.stderr.write.bind(process.stderr)
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    logged.push(String(chunk))
    return write(chunk, ...rest)
  }) as typeof process.stderr.write
  restore = () => (process.stderr.write = write)
  ;({GET} = (await import('@/app/api/health/route')) as {GET: Handler})
})

afterAll(() => {
  restore()
  // The probe's Redis client reconnects for ever by design; this test owns the process.
  ;(globalThis as {__healthRedis?: {destroy(): void}}).__healthRedis?.destroy()
})

it('answers only ok, kind and timing per check; the details go to one log line', async () => {
  expect(fs.existsSync(HIDDEN_DIR)).toBe(false)
  const response = await GET()
  expect(response.status).toBe(503)
  expect(response.headers.get('cache-control')).toBe('no-store')
  const text = await response.text()
  const body = JSON.parse(text) as {ok: boolean; checks: Record<string, Record<string, unknown>>}
  expect(body.ok).toBe(false)
  expect(Object.keys(body.checks).sort()).toEqual(['cache', 'content', 'database'])
  for (const [name, check] of Object.entries(body.checks)) {
    expect({name, keys: Object.keys(check).sort()}).toEqual({name, keys: ['kind', 'ms', 'ok']})
    expect(check.ok).toBe(false)
    expect(typeof check.ms).toBe('number')
  }
  expect(body.checks).toMatchObject({content: {kind: 'snapshot'}, database: {kind: 'postgres'}, cache: {kind: 'redis'}})
  for (const secret of [ROLE, HIDDEN_DIR, '127.0.0.1', 'ENOENT']) expect(text).not.toContain(secret)

  const lines = logged.flatMap((chunk) => chunk.split('\n')).filter((line) => line.includes('"health.degraded"'))
  expect(lines).toHaveLength(1)
  const entry = JSON.parse(lines[0]) as {level: string; down: Record<string, {error: string}>}
  expect(entry.level).toBe('warn')
  expect(entry.down.database.error).toContain(ROLE)
  expect(entry.down.content.error).toContain(HIDDEN_DIR)
  expect(entry.down.cache.error).toBeTruthy()
})

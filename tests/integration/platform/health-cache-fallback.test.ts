import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {createCacheHandlers} from '@/lib/cache/redis-handlers.mjs'

// The Redis cache handler fell back to its in-process cache in this process (Redis on a closed
// port): health must say so, and must not take the instance out of the load balancer for it.
type Handler = () => Promise<Response>

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

let GET: Handler
let handlers: Awaited<ReturnType<typeof createCacheHandlers>>
const logged: string[] = []
const write = process.stderr.write.bind(process.stderr)

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'health-fallback-'))
  const port = await closedPort()
  Object.assign(process.env, {
    REDIS_URL: `redis://127.0.0.1:${port}`,
    SQLITE_PATH: path.join(dir, 'enquiries.sqlite'),
    SESSION_SECRET: 'health-fallback-test-session-secret-0123456789',
    SANITY_PROJECT_ID: '',
  })
  delete process.env.DATABASE_URL
  process.stderr.write = ((chunk: string | Uint8Array) => (logged.push(String(chunk)), true)) as typeof process.stderr.write
  handlers = await createCacheHandlers({url: process.env.REDIS_URL!, buildId: 'health-fallback', connectTimeoutMs: 300})
  ;({GET} = (await import('@/app/api/health/route')) as {GET: Handler})
})

afterAll(() => {
  process.stderr.write = write
  handlers.close()
  ;(globalThis as {__healthRedis?: {destroy(): void}}).__healthRedis?.destroy()
})

it('reports the in-process fallback as degraded, stays 200 and logs why', async () => {
  const response = await GET()
  const body = (await response.json()) as {ok: boolean; checks: {cache: {ok: boolean; kind: string}}}
  expect(body.checks.cache).toMatchObject({ok: false, kind: 'memory-fallback'})
  expect(response.status).toBe(200)
  expect(body.ok).toBe(true)
  const degraded = logged.join('').split('\n').find((line) => line.includes('"health.degraded"'))
  expect(degraded).toContain('redis unavailable since')
})

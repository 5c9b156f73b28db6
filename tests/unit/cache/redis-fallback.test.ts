import net from 'node:net'
import {createCacheHandlers} from '@/lib/cache/redis-handlers.mjs'

// A real Redis runs on 6379; a closed port stands for Redis being down at start, and a TCP relay
// opened later on that port stands for Redis coming back.
type Handlers = Awaited<ReturnType<typeof createCacheHandlers>>
type Entry = Parameters<Handlers['handlers'][0]['set']>[1]

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

function relayTo(port: number, target: number): Promise<{close(): void}> {
  const sockets: net.Socket[] = []
  const server = net.createServer((socket) => {
    const upstream = net.connect(target, '127.0.0.1')
    sockets.push(socket, upstream)
    socket.pipe(upstream).pipe(socket)
    socket.on('error', () => upstream.destroy())
    upstream.on('error', () => socket.destroy())
  })
  const close = () => {
    server.close()
    for (const socket of sockets) socket.destroy()
  }
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({close})))
}

function entry(text: string): Entry {
  return {value: {kind: 'FETCH', data: {headers: {}, body: text, status: 200, url: ''}, revalidate: 60}, lastModified: Date.now(), lifespan: null, tags: ['post:a']} as unknown as Entry
}

async function read(handlers: Handlers, key: string) {
  for (const handler of handlers.handlers) {
    const found = await handler.get(key, {implicitTags: []} as never)
    if (found) return found
  }
  return null
}

const logged: string[] = []
const writeErr = process.stderr.write.bind(process.stderr)
const writeOut = process.stdout.write.bind(process.stdout)
beforeEach(() => {
  logged.length = 0
  const capture = ((chunk: string | Uint8Array) => (logged.push(String(chunk)), true)) as typeof process.stderr.write
  process.stderr.write = capture
  process.stdout.write = capture
})
afterEach(() => {
  process.stderr.write = writeErr
  process.stdout.write = writeOut
})

it('does not wait on a Redis that is down at start: it serves from memory, logs it and uses Redis once it answers', async () => {
  const port = await freePort()
  const started = Date.now()
  const created = await Promise.race([
    createCacheHandlers({url: `redis://127.0.0.1:${port}`, buildId: `fallback-${port}`, connectTimeoutMs: 500}),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000).unref()),
  ])
  expect(created).not.toBeNull()
  const handlers = created as Handlers
  try {
    expect(Date.now() - started).toBeLessThan(3000)
    expect(logged.join('')).toContain('"cache.redis_unavailable"')
    expect(handlers.state().mode).toBe('memory')

    const [first] = handlers.handlers
    await first.set('page-1', entry('from memory'), {} as never)
    expect(await read(handlers, 'page-1')).toMatchObject({value: {data: {body: 'from memory'}}})

    const relay = await relayTo(port, 6379)
    try {
      const deadline = Date.now() + 10000
      while (handlers.state().mode !== 'redis' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
      expect(handlers.state().mode).toBe('redis')
      expect(logged.join('')).toContain('"cache.redis_ready"')
      await first.set('page-2', entry('from redis'), {} as never)
      expect(await read(handlers, 'page-2')).toMatchObject({value: {data: {body: 'from redis'}}})
    } finally {
      handlers.close()
      relay.close()
    }
  } finally {
    handlers.close()
  }
})

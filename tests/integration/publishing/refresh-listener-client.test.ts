import http from 'node:http'
import type {AddressInfo} from 'node:net'
import {failedRefreshes, refreshSharedCache} from '@/lib/publishing/refresh-listener-client'

type Seen = {path: string; acceptEncoding?: string; at: number}

// A real HTTP server standing in for a cache's refresh listener: it records what it is asked for.
async function listener(status: (path: string) => number, delayMs = 0) {
  const seen: Seen[] = []
  let inFlight = 0
  let maxInFlight = 0
  const server = http.createServer((req, res) => {
    seen.push({path: req.url ?? '', acceptEncoding: req.headers['accept-encoding'], at: Date.now()})
    inFlight += 1
    maxInFlight = Math.max(maxInFlight, inFlight)
    const timer = setTimeout(() => {
      inFlight -= 1
      res.writeHead(status(req.url ?? ''), {'content-type': 'text/html'})
      res.end('<p>page</p>')
    }, delayMs)
    // A caller that gave up (timeout) closes the connection: stop answering it.
    res.on('close', () => clearTimeout(timer))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {base, seen, maxInFlight: () => maxInFlight, close: () => new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })}
}

describe('refreshSharedCache', () => {
  it('asks every cache for every page, gzip-encoded, at most `concurrency` at a time', async () => {
    const a = await listener(() => 200, 20)
    const b = await listener(() => 200, 20)
    try {
      const pages = ['/blog/pore-guide', '/', '/blog', '/treatments', '/feed.xml', '/sitemap.xml']
      const outcomes = await refreshSharedCache([a.base, b.base], pages, {concurrency: 2})
      for (const cache of [a, b]) {
        expect(cache.seen.map((s) => s.path).sort()).toEqual([...pages].sort())
        expect(cache.seen[0].path).toBe('/blog/pore-guide')
        expect(cache.seen.every((s) => s.acceptEncoding === 'gzip')).toBe(true)
        expect(cache.maxInFlight()).toBeLessThanOrEqual(2)
      }
      expect(outcomes).toHaveLength(12)
      expect(failedRefreshes(outcomes)).toEqual([])
    } finally {
      await a.close()
      await b.close()
    }
  })

  it('reports a cache it cannot reach and pages the origin failed, and never throws', async () => {
    const up = await listener((path) => (path === '/broken' ? 503 : 200))
    const down = await listener(() => 200)
    await down.close()
    try {
      const outcomes = await refreshSharedCache([up.base, down.base], ['/', '/broken'], {timeoutMs: 2000})
      const failed = failedRefreshes(outcomes)
      expect(failed.filter((f) => f.base === up.base)).toEqual([{base: up.base, path: '/broken', status: 503}])
      const unreachable = failed.filter((f) => f.base === down.base)
      expect(unreachable.map((f) => f.path)).toEqual(['/', '/broken'])
      expect(unreachable.every((f) => typeof f.error === 'string' && f.status === undefined)).toBe(true)
    } finally {
      await up.close()
    }
  })

  it('gives up on a page after the timeout', async () => {
    const slow = await listener(() => 200, 1500)
    try {
      const [outcome] = await refreshSharedCache([slow.base], ['/'], {timeoutMs: 100})
      expect(outcome.error).toBeDefined()
    } finally {
      await slow.close()
    }
  })
})

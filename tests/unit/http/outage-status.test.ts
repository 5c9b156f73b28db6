import http from 'node:http'
import type {AddressInfo} from 'node:net'
import {ContentUnavailableError} from '@/lib/content/content-unavailable'
import {installOutageStatus, markIfContentUnavailable} from '@/lib/http/outage-status'

// A real HTTP server whose handler behaves like Next after a failed render: it reports the error
// (as Next calls onRequestError with the request's headers), then answers 500.
describe('outage status: a render that failed because content is unavailable answers 503', () => {
  let server: http.Server
  let base: string

  beforeAll(async () => {
    // A subclass, so the patch stays inside this test instead of changing Node's own class.
    class TestResponse extends http.ServerResponse {}
    await installOutageStatus(TestResponse)
    await installOutageStatus(TestResponse) // idempotent
    server = http.createServer({ServerResponse: TestResponse}, (req, res) => {
      const kind = new URL(req.url ?? '/', 'http://x').pathname
      const error =
        kind === '/unavailable'
          ? new ContentUnavailableError('source down', {cause: new Error('ENOENT')})
          : kind === '/wrapped'
            ? new Error('render failed', {cause: new ContentUnavailableError('source down')})
            : new Error('a bug')
      if (kind !== '/ok') markIfContentUnavailable(error, req.headers as Record<string, unknown>)
      if (kind === '/ok') {
        res.writeHead(200, {'content-type': 'text/plain'}).end('fine')
        return
      }
      res.statusCode = 500
      res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate')
      res.end('error page')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  it('503 with Retry-After and no-store when the content source is unavailable', async () => {
    for (const path of ['/unavailable', '/wrapped']) {
      const res = await fetch(base + path)
      expect(res.status).toBe(503)
      expect(res.headers.get('retry-after')).toBe('30')
      expect(res.headers.get('cache-control')).toBe('no-store')
      expect(await res.text()).toBe('error page')
    }
  })

  it('other failures stay 500 and successes stay untouched', async () => {
    expect((await fetch(base + '/bug')).status).toBe(500)
    const ok = await fetch(base + '/ok')
    expect(ok.status).toBe(200)
    expect(ok.headers.get('retry-after')).toBeNull()
  })
})

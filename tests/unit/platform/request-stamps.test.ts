import http, {type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {
  isPeerAddressStamped,
  markContentUnavailable,
  OUTAGE_RETRY_AFTER_SECONDS,
  PEER_ADDRESS_HEADER,
  REQUEST_ID_HEADER,
  stampRequest,
} from '@/lib/platform/request-stamps.mjs'

// A real http.Server wired as server.mjs wires Next: stampRequest first, then the handler. The
// handler stands in for Next only in what the app side does: it reports an error with a copy of the
// headers (Next does not promise the same object) and answers with a status.
async function withServer(handler: (req: IncomingMessage, res: ServerResponse) => void, fn: (base: string) => Promise<void>) {
  const server = http.createServer((req, res) => {
    stampRequest(req, res)
    handler(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    await fn(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
  } finally {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
}

function failWith(status: number, {contentUnavailable}: {contentUnavailable: boolean}) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const reported = {...req.headers}
    if (contentUnavailable) expect(markContentUnavailable(reported)).toBe(true)
    res.statusCode = status
    res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate')
    res.end('error page')
  }
}

describe('the request stamps of the production server', () => {
  it('replaces a forged peer address and request id with the socket address and its own id', async () => {
    await withServer(
      (req, res) => res.end(JSON.stringify({peer: req.headers[PEER_ADDRESS_HEADER], id: req.headers[REQUEST_ID_HEADER], xff: req.headers['x-forwarded-for']})),
      async (base) => {
        const res = await fetch(base, {headers: {[PEER_ADDRESS_HEADER]: '6.6.6.6', [REQUEST_ID_HEADER]: 'forged', 'x-forwarded-for': '6.6.6.6'}})
        const body = await res.json()
        expect(body.peer).toBe('127.0.0.1')
        expect(body.id).toMatch(/^[0-9a-f-]{36}$/)
        expect(body.xff).toBe('6.6.6.6')
      },
    )
    expect(isPeerAddressStamped()).toBe(true)
  })

  it('answers 503 with Retry-After and no-store for a render the content source failed', async () => {
    await withServer(failWith(500, {contentUnavailable: true}), async (base) => {
      const res = await fetch(base)
      expect(res.status).toBe(503)
      expect(res.headers.get('retry-after')).toBe(String(OUTAGE_RETRY_AFTER_SECONDS))
      expect(res.headers.get('cache-control')).toBe('no-store')
      expect(await res.text()).toBe('error page')
    })
  })

  it('leaves other errors, and responses already under way, as they are', async () => {
    await withServer(failWith(500, {contentUnavailable: false}), async (base) => {
      const res = await fetch(base)
      expect(res.status).toBe(500)
      expect(res.headers.get('retry-after')).toBeNull()
    })
    await withServer(failWith(200, {contentUnavailable: true}), async (base) => {
      expect((await fetch(base)).status).toBe(200)
    })
  })

  it('marks nothing for a request it did not stamp, and forgets a request once answered', async () => {
    expect(markContentUnavailable({[REQUEST_ID_HEADER]: 'not-a-request'})).toBe(false)
    expect(markContentUnavailable(undefined)).toBe(false)
    let id = ''
    await withServer(
      (req, res) => {
        id = String(req.headers[REQUEST_ID_HEADER])
        res.end()
      },
      async (base) => {
        await (await fetch(base)).arrayBuffer()
        await new Promise((resolve) => setTimeout(resolve, 50))
        expect(markContentUnavailable({[REQUEST_ID_HEADER]: id})).toBe(false)
      },
    )
  })
})

import http from 'node:http'
import type {AddressInfo} from 'node:net'
import {ContentUnavailableError} from '@/lib/content/content-unavailable'
import {installOutageStatus, markIfContentUnavailable} from '@/lib/http/outage-status'
import {nextReportsRenderError, outageStatusSelfTest, type ReportRenderError} from '@/lib/http/outage-status-self-test'

// The start-up self-test of the 503 patch, both ways: against the installed Next it passes and the
// patch stays; against a framework that hands onRequestError a copy of the headers (as Next does
// for requests that went through its edge adapter) it fails, and the patch removes itself loudly.

/** A server on the given response class that fails every render the way Next does. */
async function failingServer(ServerResponse: {prototype: http.ServerResponse}, report: ReportRenderError) {
  const server = http.createServer({ServerResponse: ServerResponse as typeof http.ServerResponse}, (req, res) => {
    void report(req, new ContentUnavailableError('source down'), (error, headers) => markIfContentUnavailable(error, headers)).finally(() => {
      res.statusCode = 500
      res.end('error page')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/blog/x`
  return {url, close: () => new Promise((resolve) => server.close(resolve))}
}

const copiesHeaders: ReportRenderError = async (request, error, onRequestError) => {
  onRequestError(error, {...request.headers})
}

let logged: string[] = []
let restore: () => void
beforeEach(() => {
  logged = []
  const write = process.stderr.write.bind(process.stderr)
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    logged.push(String(chunk))
    return write(chunk, ...rest)
  }) as typeof process.stderr.write
  restore = () => (process.stderr.write = write)
})
afterEach(() => restore())

it('passes against the installed Next: the patch stays and an outage answers 503', async () => {
  class Response extends http.ServerResponse {}
  expect(await installOutageStatus(Response, outageStatusSelfTest())).toBe(true)
  const server = await failingServer(Response, nextReportsRenderError)
  try {
    const res = await fetch(server.url)
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('30')
  } finally {
    await server.close()
  }
  expect(logged.join('')).not.toContain('outage_status.disabled')
})

it('fails when the framework copies the headers: the patch removes itself and says so', async () => {
  class Response extends http.ServerResponse {}
  expect(await installOutageStatus(Response, outageStatusSelfTest(copiesHeaders))).toBe(false)
  expect(Object.prototype.hasOwnProperty.call(Response.prototype, 'writeHead')).toBe(false)
  // Even a request marked the supported way now keeps Next's 500.
  const server = await failingServer(Response, nextReportsRenderError)
  try {
    expect((await fetch(server.url)).status).toBe(500)
  } finally {
    await server.close()
  }
  const line = logged.flatMap((l) => l.split('\n')).find((l) => l.includes('"outage_status.disabled"'))
  expect(line).toBeDefined()
  expect(JSON.parse(line!)).toMatchObject({level: 'error', reason: expect.stringContaining('500, not 503')})
})

it('the default self-test is the installed Next one and fails closed when it cannot load it', async () => {
  class Response extends http.ServerResponse {}
  const broken = outageStatusSelfTest(async () => {
    throw new Error('Cannot find module next/dist/server/route-modules/app-page/module.compiled.js')
  })
  expect(await installOutageStatus(Response, broken)).toBe(false)
  expect(logged.join('')).toContain('outage_status.disabled')
})

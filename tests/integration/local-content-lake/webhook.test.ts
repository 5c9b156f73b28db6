import http from 'node:http'
import type {AddressInfo} from 'node:net'
import {isValidSignature, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {webhookPayloadSchema} from '@/lib/content/webhook-payload'
import {API, startTestLake, type TestLake} from './lake-fixture'

const SECRET = 'webhook-test-secret'
type Received = {body: string; signature: string; key: string; valid: boolean; at: number}

/** A real receiver: answers with the next status from `statuses` (then 200) and records what came. */
async function receiver(statuses: number[]) {
  const received: Received[] = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', async () => {
      const signature = String(req.headers[SIGNATURE_HEADER_NAME])
      received.push({
        body,
        signature,
        key: String(req.headers['idempotency-key']),
        valid: await isValidSignature(body, signature, SECRET),
        at: Date.now(),
      })
      res.writeHead(statuses.shift() ?? 200)
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/revalidate`
  return {received, url, close: () => new Promise<void>((resolve) => server.close(() => resolve()))}
}

async function until(check: () => boolean, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const POST_ID = 'post.pore-strips-steam-and-ice'
let lake: TestLake
let hook: Awaited<ReturnType<typeof receiver>>

async function start(statuses: number[]) {
  hook = await receiver(statuses)
  lake = await startTestLake({webhook: {url: hook.url, secret: SECRET, retryDelaysMs: [50, 100, 100]}})
}
afterEach(async () => {
  await lake.close()
  await hook.close()
})

const edit = (title: string) => ({
  actionType: 'sanity.action.document.edit',
  draftId: `drafts.${POST_ID}`,
  publishedId: POST_ID,
  patch: {set: {title}},
})
const publish = {
  actionType: 'sanity.action.document.publish',
  draftId: `drafts.${POST_ID}`,
  publishedId: POST_ID,
}
const actions = (list: unknown[]) => lake.api(`${API}/data/actions/production`, {body: {actions: list}})

describe('webhook', () => {
  it('a publish sends the projection, signed; drafts never trigger it', async () => {
    await start([])
    await actions([edit('Draft only')])
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(hook.received).toEqual([])

    await actions([publish])
    await until(() => hook.received.length === 1)
    const [delivery] = hook.received
    expect(delivery.valid).toBe(true)
    expect(webhookPayloadSchema.parse(JSON.parse(delivery.body))).toEqual({
      _id: POST_ID,
      language: 'en',
      _type: 'post',
      slug: 'pore-strips-steam-and-ice',
      before: {slug: 'pore-strips-steam-and-ice'},
      operation: 'update',
    })
    expect(await isValidSignature(delivery.body, delivery.signature, 'another-secret')).toBe(false)
    expect(lake.logs.filter((line) => line.event === 'lake.webhook')).toEqual([
      expect.objectContaining({status: 200, attempt: 1, ms: expect.any(Number)}),
    ])
  })

  it('unpublish and delete send operation delete with the slug it had', async () => {
    await start([])
    await actions([
      {actionType: 'sanity.action.document.unpublish', draftId: `drafts.${POST_ID}`, publishedId: POST_ID},
    ])
    await actions([
      {
        actionType: 'sanity.action.document.delete',
        publishedId: 'post.can-you-close-pores-permanently',
        includeDrafts: [],
      },
    ])
    await until(() => hook.received.length === 2)
    const bodies = hook.received.map((r) => JSON.parse(r.body))
    expect(bodies).toEqual([
      expect.objectContaining({
        _id: POST_ID,
        operation: 'delete',
        before: {slug: 'pore-strips-steam-and-ice'},
      }),
      expect.objectContaining({_id: 'post.can-you-close-pores-permanently', operation: 'delete'}),
    ])
  })

  it('a 500 is retried with the same idempotency key until it succeeds', async () => {
    await start([500, 503])
    await actions([edit('Retried'), publish])
    await until(() => hook.received.length === 3)
    expect(new Set(hook.received.map((r) => r.key)).size).toBe(1)
    expect(hook.received.every((r) => r.valid)).toBe(true)
    expect(hook.received[1].at - hook.received[0].at).toBeGreaterThanOrEqual(45)
    // The attempt's log line is written after the receiver has answered.
    await until(() => lake.logs.filter((l) => l.event === 'lake.webhook').length === 3)
    expect(lake.logs.filter((l) => l.event === 'lake.webhook').map((l) => l.status)).toEqual([500, 503, 200])
  })

  it('a 429 is retried, a 400 is not', async () => {
    await start([429, 200, 400])
    await actions([edit('First'), publish])
    await until(() => hook.received.length === 2)
    await actions([edit('Second'), publish])
    await until(() => hook.received.length === 3)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(hook.received).toHaveLength(3)
    expect(hook.received[2].key).not.toBe(hook.received[0].key)
  })

  it('a connection error is retried', async () => {
    await start([])
    const url = hook.url
    await hook.close()
    await lake.close()
    lake = await startTestLake({webhook: {url, secret: SECRET, retryDelaysMs: [50, 50]}})
    await actions([edit('Nobody home'), publish])
    await until(() => lake.logs.filter((l) => l.event === 'lake.webhook').length === 3)
    expect(
      lake.logs
        .filter((l) => l.event === 'lake.webhook')
        .every((l) => l.status === 0 && typeof l.error === 'string'),
    ).toBe(true)
    hook = {received: [], url, close: async () => undefined}
  })
})

import {encodeSignatureHeader, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {revalidateTag} from 'next/cache'
import {InMemoryDeliveryLedger} from '@/tests/support/in-memory-delivery-ledger'
import {createPublishWebhook, MAX_BODY_BYTES} from '@/lib/publishing/publish-webhook'
import {runQuery} from '@/lib/content/source'
import {contentLookup, ownTags, tagsForDocument} from '@/lib/publishing/tags-for-document'

// The handler behind POST /api/revalidate, called for real with requests signed by @sanity/webhook,
// the real document-to-tags map over the bundled snapshot and real idempotency keys. Only Next's
// revalidateTag is replaced by a recorder: outside a Next request it throws (last test).
const SECRET = 'test-webhook-secret-0123456789abcdef'
const URL_ = 'http://localhost/api/revalidate'

type Call = {tags: string[]; context: Record<string, unknown>}

function setup(options: {secret?: string; now?: () => number} = {}) {
  const secret = 'secret' in options ? options.secret : SECRET
  const now = options.now ?? (() => Date.now())
  const calls: Call[] = []
  const lookup = contentLookup(runQuery)
  const handler = createPublishWebhook({
    secret: () => secret,
    tagsFor: (doc) => tagsForDocument(doc, lookup),
    revalidate: (tags, context) => calls.push({tags, context}),
    seen: new InMemoryDeliveryLedger(),
    now,
  })
  return {handler, calls}
}

const poreGuide = {
  _id: 'post.can-you-close-pores-permanently',
  _type: 'post',
  slug: 'can-you-close-pores-permanently',
  before: {slug: 'can-you-close-pores-permanently'},
  operation: 'update',
}

async function signed(
  body: string,
  {secret = SECRET, timestamp = Date.now(), headers = {} as Record<string, string>} = {},
): Promise<Request> {
  const signature = await encodeSignatureHeader(body, timestamp, secret)
  return new Request(URL_, {
    method: 'POST',
    headers: {'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature, ...headers},
    body,
  })
}

const read = async (res: Response) => ({status: res.status, body: (await res.json()) as Record<string, unknown>})

describe('POST /api/revalidate', () => {
  it('200 with the tags it revalidated for a validly signed post change', async () => {
    const {handler, calls} = setup()
    const res = await read(await handler(await signed(JSON.stringify(poreGuide))))
    expect(res.status).toBe(200)
    expect(res.body.revalidated).toBe(true)
    expect(res.body.tags).toEqual(expect.arrayContaining(['post', 'post:can-you-close-pores-permanently']))
    expect(calls).toHaveLength(1)
    expect(calls[0].tags).toEqual(res.body.tags)
  })

  it('200 for a person, revalidating the posts they wrote or reviewed', async () => {
    const {handler, calls} = setup()
    const body = JSON.stringify({_id: 'person.dr-demo-tan', _type: 'person', slug: 'dr-demo-tan', before: {slug: 'dr-demo-tan'}})
    const res = await read(await handler(await signed(body)))
    expect(res.status).toBe(200)
    expect(calls[0].tags).toEqual(expect.arrayContaining(['person:dr-demo-tan', 'post:can-you-close-pores-permanently', 'treatment:chemical-peel']))
  })

  it('401 for a signature made with another secret', async () => {
    const {handler, calls} = setup()
    const res = await handler(await signed(JSON.stringify(poreGuide), {secret: 'not-the-secret'}))
    expect(res.status).toBe(401)
    expect(calls).toHaveLength(0)
  })

  it('401 without the signature header', async () => {
    const {handler, calls} = setup()
    const res = await handler(new Request(URL_, {method: 'POST', body: JSON.stringify(poreGuide), headers: {'content-type': 'application/json'}}))
    expect(res.status).toBe(401)
    expect(calls).toHaveLength(0)
  })

  it('401 for a malformed signature header', async () => {
    const {handler, calls} = setup()
    for (const header of ['v1=abc', 't=notanumber,v1=abc', 'garbage', `t=${Date.now()}`]) {
      const res = await handler(new Request(URL_, {method: 'POST', body: JSON.stringify(poreGuide), headers: {[SIGNATURE_HEADER_NAME]: header}}))
      expect(res.status).toBe(401)
    }
    expect(calls).toHaveLength(0)
  })

  it('401 when the body was tampered with after signing', async () => {
    const {handler, calls} = setup()
    const original = JSON.stringify(poreGuide)
    const signature = await encodeSignatureHeader(original, Date.now(), SECRET)
    const tampered = original.replace('can-you-close-pores-permanently"', 'another-post"')
    expect(tampered).not.toBe(original)
    const res = await handler(new Request(URL_, {method: 'POST', body: tampered, headers: {[SIGNATURE_HEADER_NAME]: signature}}))
    expect(res.status).toBe(401)
    expect(calls).toHaveLength(0)
  })

  it('401 for a correctly signed request older than 5 minutes (replay)', async () => {
    const {handler, calls} = setup()
    const res = await handler(await signed(JSON.stringify(poreGuide), {timestamp: Date.now() - 5 * 60 * 1000 - 1000}))
    expect(res.status).toBe(401)
    expect(calls).toHaveLength(0)
    // Just inside the window is accepted.
    const ok = await handler(await signed(JSON.stringify(poreGuide), {timestamp: Date.now() - 4 * 60 * 1000}))
    expect(ok.status).toBe(200)
  })

  it('401 for a correctly signed request dated in the future', async () => {
    const {handler, calls} = setup()
    const res = await handler(await signed(JSON.stringify(poreGuide), {timestamp: Date.now() + 60 * 1000}))
    expect(res.status).toBe(401)
    expect(calls).toHaveLength(0)
  })

  it('a repeated idempotency-key answers 200 without revalidating again', async () => {
    const {handler, calls} = setup()
    const headers = {'idempotency-key': 'msg-123'}
    const first = await read(await handler(await signed(JSON.stringify(poreGuide), {headers})))
    const second = await read(await handler(await signed(JSON.stringify(poreGuide), {headers})))
    expect(first.status).toBe(200)
    expect(second.status).toBe(200)
    expect(second.body.duplicate).toBe(true)
    expect(calls).toHaveLength(1)
    // Another delivery id is another change.
    await handler(await signed(JSON.stringify(poreGuide), {headers: {'idempotency-key': 'msg-124'}}))
    expect(calls).toHaveLength(2)
  })

  it('the same signed request sent again (idempotency-key dropped or changed) does not revalidate again', async () => {
    const {handler, calls} = setup()
    const body = JSON.stringify(poreGuide)
    const signature = await encodeSignatureHeader(body, Date.now(), SECRET)
    const send = (headers: Record<string, string>) =>
      handler(new Request(URL_, {method: 'POST', body, headers: {[SIGNATURE_HEADER_NAME]: signature, ...headers}}))
    expect((await send({'idempotency-key': 'msg-1'})).status).toBe(200)
    for (const headers of [{}, {'idempotency-key': 'msg-2'}] as Record<string, string>[]) {
      const res = await read(await send(headers))
      expect(res).toMatchObject({status: 200, body: {duplicate: true}})
    }
    expect(calls).toHaveLength(1)
  })

  it('two deliveries with one key in flight together revalidate once', async () => {
    const {handler, calls} = setup()
    const headers = {'idempotency-key': 'msg-concurrent'}
    const [a, b] = await Promise.all([
      handler(await signed(JSON.stringify(poreGuide), {headers})),
      handler(await signed(JSON.stringify(poreGuide), {headers})),
    ])
    expect([a.status, b.status]).toEqual([200, 200])
    expect(calls).toHaveLength(1)
  })

  it('400 for a signed body that is not JSON', async () => {
    const {handler, calls} = setup()
    const res = await handler(await signed('{"_id": "post.x", "_type": '))
    expect(res.status).toBe(400)
    expect(calls).toHaveLength(0)
  })

  it('400 for a signed body that does not match the projection', async () => {
    const {handler, calls} = setup()
    for (const body of [{_type: 'post', slug: 'x'}, {_id: 42, _type: 'post'}, [], {_id: 'post.x', _type: 'post', before: 'x'}]) {
      const res = await handler(await signed(JSON.stringify(body)))
      expect(res.status).toBe(400)
    }
    expect(calls).toHaveLength(0)
  })

  it('400 for an unknown _type (the webhook filter lets through a type the site does not render)', async () => {
    const {handler, calls} = setup()
    const res = await read(await handler(await signed(JSON.stringify({_id: 'image-abc', _type: 'sanity.imageAsset', slug: null}))))
    expect(res.status).toBe(400)
    expect(String(res.body.error)).toMatch(/projection/)
    expect(calls).toHaveLength(0)
  })

  it('413 for a body over 64 KB, by Content-Length', async () => {
    const {handler, calls} = setup()
    const body = JSON.stringify({...poreGuide, padding: 'x'.repeat(MAX_BODY_BYTES)})
    const res = await handler(await signed(body))
    expect(res.status).toBe(413)
    expect(calls).toHaveLength(0)
  })

  it('413 for a body over 64 KB that does not declare its length (streamed)', async () => {
    const {handler, calls} = setup()
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024))
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 8) return controller.close()
        sent += 1
        controller.enqueue(chunk)
      },
    })
    const request = new Request(URL_, {method: 'POST', body: stream, duplex: 'half', headers: {[SIGNATURE_HEADER_NAME]: 't=1,v1=x'}} as RequestInit)
    expect(request.headers.get('content-length')).toBeNull()
    const res = await handler(request)
    expect(res.status).toBe(413)
    // It stopped reading once past the limit rather than buffering all 128 KB.
    expect(sent).toBeLessThan(8)
    expect(calls).toHaveLength(0)
  })

  it('a drafts.* id (webhook sending drafts) is accepted without revalidating', async () => {
    const {handler, calls} = setup()
    const res = await read(await handler(await signed(JSON.stringify({...poreGuide, _id: 'drafts.post.can-you-close-pores-permanently'}))))
    expect(res.status).toBe(200)
    expect(calls).toHaveLength(0)
  })

  it('500 (so Sanity retries) when the content source fails while finding referencing documents', async () => {
    const calls: Call[] = []
    const handler = createPublishWebhook({
      secret: () => SECRET,
      tagsFor: async () => {
        throw new Error('Content Lake unreachable')
      },
      ownTagsFor: ownTags,
      revalidate: (tags, context) => calls.push({tags, context}),
      seen: new InMemoryDeliveryLedger(),
    })
    const headers = {'idempotency-key': 'msg-retry'}
    expect((await handler(await signed(JSON.stringify(poreGuide), {headers}))).status).toBe(500)
    // The post's own page and lists are refreshed at once; the referencing pages wait for the retry.
    expect(calls.map((c) => c.tags)).toEqual([['post', 'post:can-you-close-pores-permanently']])
    calls.length = 0
    // The key was not remembered: Sanity's retry is processed, not dismissed as a duplicate.
    const retried = createPublishWebhook({
      secret: () => SECRET,
      tagsFor: async () => ['post'],
      revalidate: (tags, context) => calls.push({tags, context}),
      seen: new InMemoryDeliveryLedger(),
    })
    expect((await retried(await signed(JSON.stringify(poreGuide), {headers}))).status).toBe(200)
  })

  it('500 when the secret is not configured (a fault on our side, not the sender’s)', async () => {
    const {handler, calls} = setup({secret: undefined})
    expect((await handler(await signed(JSON.stringify(poreGuide)))).status).toBe(500)
    expect(calls).toHaveLength(0)
  })

  it('why revalidate is injected: Next’s revalidateTag throws outside a Next request', () => {
    expect(() => revalidateTag('post', {expire: 0})).toThrow(/static generation store missing/)
  })
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {randomBytes} from 'node:crypto'
import {encodeSignatureHeader, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {createClient, type RedisClientType} from '@redis/client'
import type {Kysely} from 'kysely'
import {Client} from 'pg'
import {createPublishWebhook} from '@/lib/publishing/publish-webhook'
import {openMigratedDb, type DatabaseHandle} from '@/lib/platform/database/db'
import type {DeliveryLedger} from '@/lib/publishing/delivery-ledger'
import {redisDeliveryLedger} from '@/lib/publishing/delivery-ledger-redis'
import {sqlDeliveryLedger} from '@/lib/publishing/delivery-ledger-sql'

// Two webhook handlers, as two server instances, each with its own connection to one shared store:
// one SQLite file, one Postgres database, one Redis. A request accepted by the first and replayed
// to the second must not revalidate again.
const SECRET = 'replay-test-secret-0123456789abcdef'
const PG_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test'
const REDIS_URL = 'redis://127.0.0.1:6379'

type Backend = {ledgers: [DeliveryLedger, DeliveryLedger]; close(): Promise<void>}

async function sqliteBackend(): Promise<Backend> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'webhook-replay-'))
  const file = path.join(dir, 'enquiries.sqlite')
  // Migrated one after the other, as two servers starting would be (the migrator takes a lock).
  const handles = [await openMigratedDb({sqlitePath: file}), await openMigratedDb({sqlitePath: file})]
  return {
    ledgers: handles.map((h) => sqlDeliveryLedger(h.db as unknown as Kysely<unknown>)) as Backend['ledgers'],
    async close() {
      for (const h of handles) await h.close()
      fs.rmSync(dir, {recursive: true, force: true})
    },
  }
}

async function postgresBackend(): Promise<Backend> {
  const schema = `webhook_test_${randomBytes(5).toString('hex')}`
  const admin = new Client({connectionString: PG_URL})
  await admin.connect()
  await admin.query(`create schema ${schema}`)
  const handles: DatabaseHandle[] = []
  for (const _ of [0, 1]) handles.push(await openMigratedDb({databaseUrl: PG_URL, sqlitePath: '', pgSchema: schema, pgPoolSize: 2}))
  return {
    ledgers: handles.map((h) => sqlDeliveryLedger(h.db as unknown as Kysely<unknown>)) as Backend['ledgers'],
    async close() {
      for (const h of handles) await h.close()
      await admin.query(`drop schema ${schema} cascade`)
      await admin.end()
    },
  }
}

async function redisBackend(): Promise<Backend> {
  const prefix = `clinic-test:${randomBytes(5).toString('hex')}:`
  const clients = [0, 1].map(() => createClient({url: REDIS_URL}) as RedisClientType)
  for (const c of clients) await c.connect()
  return {
    ledgers: clients.map((c) => redisDeliveryLedger(c, prefix)) as Backend['ledgers'],
    async close() {
      const keys = await clients[0].keys(`${prefix}*`)
      if (keys.length) await clients[0].del(keys)
      for (const c of clients) c.destroy()
    },
  }
}

const poreGuide = JSON.stringify({_id: 'post.pores', _type: 'post', slug: 'pores', before: {slug: 'pores'}, operation: 'update'})

// The signature covers only the body and its timestamp, so two requests signed in the same
// millisecond are one request to the ledger: every request here gets a timestamp of its own.
let lastTimestamp = 0
const freshTimestamp = () => (lastTimestamp = Math.max(Date.now(), lastTimestamp + 1))

async function signed(body: string, headers: Record<string, string> = {}, timestamp = freshTimestamp()): Promise<Request> {
  return new Request('http://localhost/api/revalidate', {
    method: 'POST',
    headers: {'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, timestamp, SECRET), ...headers},
    body,
  })
}

/** The same HTTP request again, headers changed as an attacker who captured it may change them. */
async function replay(original: Request, headers: Record<string, string | null> = {}): Promise<Request> {
  const copy = new Headers(original.headers)
  for (const [name, value] of Object.entries(headers)) {
    if (value === null) copy.delete(name)
    else copy.set(name, value)
  }
  return new Request(original.url, {method: 'POST', headers: copy, body: await original.clone().text()})
}

function instance(seen: DeliveryLedger, {failing = false} = {}) {
  const calls: string[][] = []
  const handler = createPublishWebhook({
    secret: () => SECRET,
    tagsFor: async () => {
      if (failing) throw new Error('Content Lake unreachable')
      return ['post', 'post:pores']
    },
    revalidate: (tags) => calls.push(tags),
    seen,
  })
  return {handler, calls}
}

describe.each([
  ['one SQLite file', sqliteBackend],
  ['one Postgres database', postgresBackend],
  ['one Redis', redisBackend],
])('webhook replay across two instances sharing %s', (_name, open) => {
  let backend: Backend
  beforeAll(async () => {
    backend = await open()
  })
  afterAll(async () => backend.close())

  it('a signed request replayed to the other instance is not processed again, whatever its idempotency-key', async () => {
    const a = instance(backend.ledgers[0])
    const b = instance(backend.ledgers[1])
    const original = await signed(poreGuide, {'idempotency-key': `msg-${randomBytes(4).toString('hex')}`})
    const first = await a.handler(await replay(original))
    expect(first.status).toBe(200)
    expect(a.calls).toHaveLength(1)
    for (const headers of [{}, {'idempotency-key': null}, {'idempotency-key': 'attacker-chosen'}] as Record<string, string | null>[]) {
      const res = await b.handler(await replay(original, headers))
      expect(res.status).toBe(200)
      expect(await res.json()).toMatchObject({revalidated: false, duplicate: true})
    }
    expect(b.calls).toHaveLength(0)
  })

  it("Sanity's re-delivery (new signature, same idempotency-key) to the other instance is deduplicated", async () => {
    const a = instance(backend.ledgers[0])
    const b = instance(backend.ledgers[1])
    const key = `msg-${randomBytes(4).toString('hex')}`
    expect((await a.handler(await signed(poreGuide, {'idempotency-key': key}))).status).toBe(200)
    const again = await b.handler(await signed(poreGuide, {'idempotency-key': key}))
    expect(await again.json()).toMatchObject({duplicate: true})
    expect(b.calls).toHaveLength(0)
    // A new change is processed by either.
    expect((await b.handler(await signed(poreGuide, {'idempotency-key': `${key}-next`}))).status).toBe(200)
    expect(b.calls).toHaveLength(1)
  })

  it('a delivery that failed on one instance is processed when retried on the other', async () => {
    const a = instance(backend.ledgers[0], {failing: true})
    const b = instance(backend.ledgers[1])
    const original = await signed(poreGuide, {'idempotency-key': `msg-${randomBytes(4).toString('hex')}`})
    expect((await a.handler(await replay(original))).status).toBe(500)
    expect((await b.handler(await replay(original))).status).toBe(200)
    expect(b.calls).toHaveLength(1)
  })

  it('entries expire: a claim is refused while it lives and granted after', async () => {
    const id = `sig:${randomBytes(4).toString('hex')}`
    expect(await backend.ledgers[0].claim(id, 300)).toBe(true)
    expect(await backend.ledgers[1].claim(id, 300)).toBe(false)
    await new Promise((r) => setTimeout(r, 400))
    expect(await backend.ledgers[1].claim(id, 300)).toBe(true)
  })

  it('two instances claiming the same signature at once: exactly one wins', async () => {
    const id = `sig:${randomBytes(4).toString('hex')}`
    const results = await Promise.all(Array.from({length: 8}, (_, i) => backend.ledgers[i % 2].claim(id, 60_000)))
    expect(results.filter(Boolean)).toHaveLength(1)
  })
})

import 'server-only'
import {createClient, type RedisClientType} from '@redis/client'
import type {Kysely} from 'kysely'
import {env} from '@/lib/platform/env'
import {getDatabase} from '@/lib/platform/database/db'
import type {DeliveryLedger} from './delivery-ledger'
import {redisDeliveryLedger} from './delivery-ledger-redis'
import {sqlDeliveryLedger} from './delivery-ledger-sql'

const registry = globalThis as typeof globalThis & {__webhookRedis?: Promise<RedisClientType>}

function redisClient(url: string): Promise<RedisClientType> {
  registry.__webhookRedis ??= (async () => {
    const client = createClient({url, socket: {connectTimeout: 2000}}) as RedisClientType
    // Errors surface through the commands' rejections (the webhook then answers 500 and Sanity retries).
    client.on('error', () => {})
    await client.connect()
    return client
  })().catch((error: unknown) => {
    registry.__webhookRedis = undefined
    throw error
  })
  return registry.__webhookRedis
}

/**
 * The ledger every instance shares: Redis when REDIS_URL is set, otherwise the enquiries database
 * (one SQLite file on one host, or Postgres). Chosen on first use, so importing it opens nothing.
 */
export function sharedDeliveryLedger(): DeliveryLedger {
  let ledger: Promise<DeliveryLedger> | undefined
  const resolve = () => {
    ledger ??= (async () => {
      const url = env().REDIS_URL
      if (url) return redisDeliveryLedger(await redisClient(url))
      const {db} = await getDatabase()
      return sqlDeliveryLedger(db as unknown as Kysely<unknown>)
    })().catch((error: unknown) => {
      ledger = undefined
      throw error
    })
    return ledger
  }
  return {
    claim: async (id, ttlMs) => (await resolve()).claim(id, ttlMs),
    has: async (id) => (await resolve()).has(id),
    remember: async (id, ttlMs) => (await resolve()).remember(id, ttlMs),
    forget: async (id) => (await resolve()).forget(id),
  }
}

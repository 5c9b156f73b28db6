import 'server-only'
import {createClient, type RedisClientType} from '@redis/client'

type RedisClient = Pick<RedisClientType, 'isReady' | 'ping'>
const registry = globalThis as typeof globalThis & {__healthRedis?: RedisClient}

// One long-lived connection for probes: connecting per probe would cost more than the ping.
function client(url: string): RedisClient {
  if (!registry.__healthRedis) {
    const redis = createClient({url, socket: {connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000)}})
    // Errors surface through the ping's rejection; without a listener node-redis would throw.
    redis.on('error', () => {})
    redis.connect().catch(() => {})
    registry.__healthRedis = redis as unknown as RedisClient
  }
  return registry.__healthRedis
}

export async function pingRedis(url: string): Promise<void> {
  const redis = client(url)
  if (!redis.isReady) throw new Error('not connected')
  const answer = await redis.ping()
  if (answer !== 'PONG') throw new Error(`unexpected answer ${answer}`)
}

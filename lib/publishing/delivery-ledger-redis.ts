import type {RedisClientType} from '@redis/client'
import type {DeliveryLedger} from './delivery-ledger'

type Redis = Pick<RedisClientType, 'set' | 'exists' | 'del'>

/** The ledger in Redis (REDIS_URL), where the instances already share their ISR cache; Redis expires the keys. */
export function redisDeliveryLedger(redis: Redis, prefix = 'clinic:webhook-delivery:'): DeliveryLedger {
  return {
    async claim(id, ttlMs) {
      return (await redis.set(prefix + id, '1', {NX: true, PX: Math.max(1, Math.ceil(ttlMs))})) === 'OK'
    },
    async has(id) {
      return (await redis.exists(prefix + id)) === 1
    },
    async remember(id, ttlMs) {
      await redis.set(prefix + id, '1', {PX: Math.max(1, Math.ceil(ttlMs))})
    },
    async forget(id) {
      await redis.del(prefix + id)
    },
  }
}

import {createHmac} from 'node:crypto'
import type {Kysely} from 'kysely'
import type {Database} from './schema'

// Fixed-window counters in the database, so the limit holds across server processes and
// restarts. One upsert per hit: atomic in both SQLite and Postgres without a read-then-write race.

export interface RateLimitResult {
  allowed: boolean
  count: number
  retryAfterSeconds: number
}

export async function hitRateLimit(
  db: Kysely<Database>,
  {
    key,
    limit,
    windowSeconds,
    now = new Date(),
  }: {key: string; limit: number; windowSeconds: number; now?: Date},
): Promise<RateLimitResult> {
  const windowMs = windowSeconds * 1000
  const windowStartMs = Math.floor(now.getTime() / windowMs) * windowMs
  const row = await db
    .insertInto('rate_limits')
    .values({key, window_start: new Date(windowStartMs).toISOString(), count: 1})
    .onConflict((oc) =>
      oc.columns(['key', 'window_start']).doUpdateSet((eb) => ({count: eb('rate_limits.count', '+', 1)})),
    )
    .returning('count')
    .executeTakeFirstOrThrow()
  const count = Number(row.count)
  return {
    allowed: count <= limit,
    count,
    retryAfterSeconds: Math.max(1, Math.ceil((windowStartMs + windowMs - now.getTime()) / 1000)),
  }
}

/** Counters are keyed by a keyed hash, so the table never holds raw IP addresses or emails. */
export function rateLimitKey(secret: string, scope: string, value: string): string {
  return `${scope}:${createHmac('sha256', secret).update(`rate-limit.${scope}.${value}`).digest('base64url').slice(0, 32)}`
}

export async function deleteExpiredRateLimits(db: Kysely<Database>, olderThan: Date): Promise<number> {
  const result = await db
    .deleteFrom('rate_limits')
    .where('window_start', '<', olderThan.toISOString())
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}

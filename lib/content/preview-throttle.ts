import 'server-only'
import {getDatabase} from '@/lib/platform/database/db'
import {hitRateLimit, rateLimitKey} from '@/lib/platform/database/rate-limit'
import {clientIpFrom} from '@/lib/platform/http/client-ip'
import {getSessionSecret} from '@/lib/platform/session-secret'

// An editor gets the secret right; a client trying secrets does not. Only failed attempts count,
// so a busy editing team is never throttled, and a client past the limit is refused even with the
// right secret until its window ends.
export const PREVIEW_FAILURE_LIMIT = 10
export const PREVIEW_FAILURE_WINDOW_SECONDS = 600

const keyFor = (request: Request) => rateLimitKey(getSessionSecret(), 'preview-failure', clientIpFrom(request.headers))

function windowStart(now: Date): Date {
  const windowMs = PREVIEW_FAILURE_WINDOW_SECONDS * 1000
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs)
}

/** Seconds until this client may try again, when it has failed too often; undefined otherwise. */
export async function previewEnableBlocked(request: Request, now = new Date()): Promise<number | undefined> {
  const {db} = await getDatabase()
  const start = windowStart(now)
  const row = await db
    .selectFrom('rate_limits')
    .select('count')
    .where('key', '=', keyFor(request))
    .where('window_start', '=', start.toISOString())
    .executeTakeFirst()
  if (!row || Number(row.count) < PREVIEW_FAILURE_LIMIT) return undefined
  return Math.max(1, Math.ceil((start.getTime() + PREVIEW_FAILURE_WINDOW_SECONDS * 1000 - now.getTime()) / 1000))
}

export async function countFailedPreviewEnable(request: Request): Promise<void> {
  const {db} = await getDatabase()
  await hitRateLimit(db, {key: keyFor(request), limit: PREVIEW_FAILURE_LIMIT, windowSeconds: PREVIEW_FAILURE_WINDOW_SECONDS})
}

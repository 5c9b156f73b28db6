import {createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes} from 'node:crypto'
import type {Kysely} from 'kysely'
import type {Database} from '@/lib/platform/database/schema'
import type {StaffUser} from './accounts'

// A staff session is a random token. The database keeps only its hash (a leaked backup cannot
// be replayed); the browser keeps the token sealed (AES-256-GCM) together with its expiry, so a
// tampered or expired cookie is rejected before any query.

export const SESSION_TTL_MS = 8 * 60 * 60 * 1000
/** A front-desk PC left signed in ends its session after this long without a request. */
export const SESSION_IDLE_MS = 30 * 60 * 1000
// Activity is written at most this often, so browsing the inbox is not a write per request.
const ACTIVITY_GRANULARITY_MS = 60 * 1000

function cookieKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'clinic-staff', 'staff-session-cookie.v1', 32))
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url')

export function sealSession(secret: string, token: string, expiresAt: Date): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', cookieKey(secret), iv)
  const body = Buffer.concat([
    cipher.update(JSON.stringify({t: token, e: expiresAt.getTime()}), 'utf8'),
    cipher.final(),
  ])
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')
}

export function unsealSession(secret: string, sealed: string, now = new Date()): string | undefined {
  try {
    const raw = Buffer.from(sealed, 'base64url')
    if (raw.length < 12 + 16 + 2) return undefined
    const decipher = createDecipheriv('aes-256-gcm', cookieKey(secret), raw.subarray(0, 12))
    decipher.setAuthTag(raw.subarray(raw.length - 16))
    const text = Buffer.concat([
      decipher.update(raw.subarray(12, raw.length - 16)),
      decipher.final(),
    ]).toString('utf8')
    const payload = JSON.parse(text) as {t?: unknown; e?: unknown}
    if (typeof payload.t !== 'string' || typeof payload.e !== 'number' || payload.e <= now.getTime())
      return undefined
    return payload.t
  } catch {
    return undefined
  }
}

export async function startSession(
  db: Kysely<Database>,
  staffId: string,
  now = new Date(),
): Promise<{token: string; expiresAt: Date}> {
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS)
  await db
    .insertInto('staff_sessions')
    .values({
      id: hashToken(token),
      staff_id: staffId,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      last_seen_at: now.toISOString(),
    })
    .execute()
  return {token, expiresAt}
}

/**
 * The staff user of a live session: within its 8 hours, used within the last 30 minutes, and the
 * account not disabled (checked on every request, so disabling takes effect at once). Using the
 * session slides its idle deadline.
 */
export async function findSessionUser(
  db: Kysely<Database>,
  token: string,
  now = new Date(),
): Promise<StaffUser | undefined> {
  const id = hashToken(token)
  const idleSince = new Date(now.getTime() - SESSION_IDLE_MS).toISOString()
  const found = await db
    .selectFrom('staff_sessions')
    .innerJoin('staff_users', 'staff_users.id', 'staff_sessions.staff_id')
    .select(['staff_users.id', 'staff_users.email', 'staff_users.name'])
    .select((eb) => eb.fn.coalesce('staff_sessions.last_seen_at', 'staff_sessions.created_at').as('last_seen_at'))
    .where('staff_sessions.id', '=', id)
    .where('staff_sessions.expires_at', '>', now.toISOString())
    .where((eb) => eb(eb.fn.coalesce('staff_sessions.last_seen_at', 'staff_sessions.created_at'), '>', idleSince))
    .where('staff_users.disabled_at', 'is', null)
    .executeTakeFirst()
  if (!found) return undefined
  if (now.getTime() - Date.parse(found.last_seen_at) >= ACTIVITY_GRANULARITY_MS) {
    await db.updateTable('staff_sessions').set({last_seen_at: now.toISOString()}).where('id', '=', id).execute()
  }
  return {id: found.id, email: found.email, name: found.name}
}

export async function endSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('id', '=', hashToken(token)).execute()
}

export async function deleteExpiredSessions(db: Kysely<Database>, now = new Date()): Promise<number> {
  const idleSince = new Date(now.getTime() - SESSION_IDLE_MS).toISOString()
  const result = await db
    .deleteFrom('staff_sessions')
    .where((eb) =>
      eb.or([
        eb('expires_at', '<=', now.toISOString()),
        eb(eb.fn.coalesce('last_seen_at', 'created_at'), '<=', idleSince),
      ]),
    )
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}

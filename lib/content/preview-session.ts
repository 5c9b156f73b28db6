import 'server-only'
import {createHash, randomBytes} from 'node:crypto'
import type {Kysely} from 'kysely'
import type {Database} from '@/lib/platform/database/schema'

// Next's draft-mode cookie is the same value for every editor and every enable (the build's
// preview id), and turning preview off only deletes it from that one browser: a copy keeps
// showing drafts until the next build. So drafts are shown only beside a preview session of the
// site's own: a random token per enable, stored hashed, that expires and that leaving preview ends.

export const PREVIEW_COOKIE = 'clinic_preview'
export const PREVIEW_TTL_MS = 60 * 60 * 1000

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url')

export async function startPreviewSession(db: Kysely<Database>, now = new Date()): Promise<{token: string; expiresAt: Date}> {
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + PREVIEW_TTL_MS)
  await db.insertInto('preview_sessions').values({id: hashToken(token), created_at: now.toISOString(), expires_at: expiresAt.toISOString()}).execute()
  // Expired sessions are of no use to anyone; dropping them here keeps the table at a handful.
  await db.deleteFrom('preview_sessions').where('expires_at', '<=', now.toISOString()).execute()
  return {token, expiresAt}
}

export async function previewSessionIsLive(db: Kysely<Database>, token: string | undefined, now = new Date()): Promise<boolean> {
  if (!token || token.length > 100) return false
  const row = await db
    .selectFrom('preview_sessions')
    .select('id')
    .where('id', '=', hashToken(token))
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst()
  return row !== undefined
}

export async function endPreviewSession(db: Kysely<Database>, token: string | undefined): Promise<void> {
  if (!token || token.length > 100) return
  await db.deleteFrom('preview_sessions').where('id', '=', hashToken(token)).execute()
}

/** The attributes next-sanity gives the draft-mode cookie, so preview also works inside the Studio's frame. */
export function previewCookieOptions(request: Request, expiresAt?: Date) {
  const secure = process.env.NODE_ENV === 'production'
  const partitioned = secure && request.headers.get('sec-fetch-dest') === 'iframe' && request.headers.get('sec-fetch-site') === 'cross-site'
  return {
    httpOnly: true,
    path: '/',
    sameSite: secure ? ('none' as const) : ('lax' as const),
    secure,
    partitioned,
    ...(expiresAt ? {expires: expiresAt} : {}),
  }
}

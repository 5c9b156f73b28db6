import 'server-only'
import {cookies} from 'next/headers'
import {redirect} from 'next/navigation'
import {env, type Env} from '@/lib/platform/env'
import {getDatabase} from '@/lib/platform/database/db'
import {getSessionSecret} from '@/lib/platform/session-secret'
import type {StaffUser} from './accounts'
import {endSession, findSessionUser, sealSession, startSession, unsealSession} from './sessions'
import {staffPaths} from '@/lib/routes/paths'

// The cookie is scoped to /staff: the public site never receives it. That is also why it has no
// `__Host-` prefix, which demands Path=/ and would send the session with every public page and
// to the Studio. It is a session cookie (no Expires): closing the browser on a shared front-desk
// PC ends it; the 8-hour limit and the idle timeout are enforced by the server.
// `Secure` in production whatever SITE_URL says (browsers accept Secure cookies from
// http://localhost, so the production build still signs in locally); in development it follows
// SITE_URL so plain-http dev servers on other hosts work.
const COOKIE_NAME = 'clinic_staff_session'
const COOKIE_PATH = staffPaths.root

async function sessionToken(): Promise<string | undefined> {
  const sealed = (await cookies()).get(COOKIE_NAME)?.value
  return sealed ? unsealSession(getSessionSecret(), sealed) : undefined
}

export async function getCurrentStaff(): Promise<StaffUser | undefined> {
  const token = await sessionToken()
  if (!token) return undefined
  const {db} = await getDatabase()
  return findSessionUser(db, token)
}

/** Every staff page, action and route calls this first. */
export async function requireStaff(): Promise<StaffUser> {
  const staff = await getCurrentStaff()
  if (!staff) redirect(staffPaths.login())
  return staff
}

export async function signIn(staff: StaffUser): Promise<void> {
  const {db} = await getDatabase()
  const {token, expiresAt} = await startSession(db, staff.id)
  ;(await cookies()).set(COOKIE_NAME, sealSession(getSessionSecret(), token, expiresAt), sessionCookieOptions(env()))
}

export function sessionCookieOptions(config: Pick<Env, 'NODE_ENV' | 'SITE_URL'>) {
  return {
    httpOnly: true,
    secure: config.NODE_ENV === 'production' || config.SITE_URL.startsWith('https:'),
    sameSite: 'lax' as const,
    path: COOKIE_PATH,
  }
}

export async function signOut(): Promise<void> {
  const token = await sessionToken()
  if (token) {
    const {db} = await getDatabase()
    await endSession(db, token)
  }
  ;(await cookies()).delete({name: COOKIE_NAME, path: COOKIE_PATH})
}

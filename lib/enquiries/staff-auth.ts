import 'server-only'
import {cookies} from 'next/headers'
import {redirect} from 'next/navigation'
import {env} from '@/lib/env'
import {getEnquiryDb} from './db'
import {getSessionSecret} from './session-secret'
import type {StaffUser} from './staff-accounts'
import {endSession, findSessionUser, sealSession, startSession, unsealSession} from './staff-sessions'

// The cookie is scoped to /staff: the public site never receives it. `Secure` follows SITE_URL
// so that plain-http localhost (tests, the offline default) can still sign in.
const COOKIE_NAME = 'clinic_staff_session'
const COOKIE_PATH = '/staff'

async function sessionToken(): Promise<string | undefined> {
  const sealed = (await cookies()).get(COOKIE_NAME)?.value
  return sealed ? unsealSession(getSessionSecret(), sealed) : undefined
}

export async function getCurrentStaff(): Promise<StaffUser | undefined> {
  const token = await sessionToken()
  if (!token) return undefined
  const {db} = await getEnquiryDb()
  return findSessionUser(db, token)
}

/** Every staff page, action and route calls this first. */
export async function requireStaff(): Promise<StaffUser> {
  const staff = await getCurrentStaff()
  if (!staff) redirect('/staff/login')
  return staff
}

export async function signIn(staff: StaffUser): Promise<void> {
  const {db} = await getEnquiryDb()
  const {token, expiresAt} = await startSession(db, staff.id)
  ;(await cookies()).set(COOKIE_NAME, sealSession(getSessionSecret(), token, expiresAt), {
    httpOnly: true,
    secure: env().SITE_URL.startsWith('https:'),
    sameSite: 'lax',
    path: COOKIE_PATH,
    expires: expiresAt,
  })
}

export async function signOut(): Promise<void> {
  const token = await sessionToken()
  if (token) {
    const {db} = await getEnquiryDb()
    await endSession(db, token)
  }
  ;(await cookies()).delete({name: COOKIE_NAME, path: COOKIE_PATH})
}

import {createHmac, randomBytes, timingSafeEqual} from 'node:crypto'

// OWASP's device cookies: a browser where someone signed in to an account before gets a cookie
// bound to that account. Such a browser is judged by its own failures only, so a stranger's wrong
// guesses at the account cannot keep the front desk out; everyone else goes through the
// account-wide and per-address back-off.

export const DEVICE_COOKIE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60

const mac = (secret: string, email: string, nonce: string) =>
  createHmac('sha256', secret).update(`staff-device.v1\0${email.trim().toLowerCase()}\0${nonce}`).digest('base64url')

/** One cookie per account, so staff sharing a front-desk PC each keep their own. */
export function deviceCookieName(secret: string, email: string): string {
  return `clinic_staff_device_${createHmac('sha256', secret).update(`staff-device-name\0${email.trim().toLowerCase()}`).digest('hex').slice(0, 12)}`
}

export function issueDeviceCookie(secret: string, email: string): string {
  const nonce = randomBytes(18).toString('base64url')
  return `${nonce}.${mac(secret, email, nonce)}`
}

/** The device's id when the cookie was issued by this site for this account; undefined otherwise. */
export function trustedDeviceId(secret: string, email: string, cookie: string | undefined): string | undefined {
  if (!cookie || cookie.length > 200) return undefined
  const [nonce, signature, extra] = cookie.split('.')
  if (!nonce || !signature || extra !== undefined) return undefined
  const expected = Buffer.from(mac(secret, email, nonce))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given) ? nonce : undefined
}

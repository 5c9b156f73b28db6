import {createHmac, randomBytes, timingSafeEqual} from 'node:crypto'

// A signed "this form was rendered at T" token. It proves the form came from us, lets us reject
// submissions that are faster than a person types or older than a day, and its nonce doubles as
// the idempotency key: submitting the same rendered form twice stores one enquiry.

const PURPOSE = 'enquiry-form.v1'
export const FORM_TOKEN_MAX_AGE_SECONDS = 24 * 60 * 60
const ALLOWED_CLOCK_SKEW_MS = 60_000

function sign(secret: string, issuedAt: number, nonce: string): string {
  return createHmac('sha256', secret).update(`${PURPOSE}.${issuedAt}.${nonce}`).digest('base64url')
}

export function issueFormToken(secret: string, now: Date = new Date()): string {
  const issuedAt = now.getTime()
  const nonce = randomBytes(16).toString('base64url')
  return `${issuedAt}.${nonce}.${sign(secret, issuedAt, nonce)}`
}

export type FormTokenCheck =
  | {ok: true; nonce: string; issuedAt: Date}
  | {ok: false; reason: 'invalid' | 'too_fast' | 'expired'}

export function verifyFormToken(
  token: string,
  options: {secret: string; minFillSeconds: number; now?: Date; maxAgeSeconds?: number},
): FormTokenCheck {
  const parts = token.split('.')
  if (parts.length !== 3) return {ok: false, reason: 'invalid'}
  const [issuedText, nonce, signature] = parts as [string, string, string]
  if (!/^\d{1,15}$/.test(issuedText) || !/^[\w-]{16,64}$/.test(nonce)) return {ok: false, reason: 'invalid'}
  const issuedAt = Number(issuedText)
  const expected = Buffer.from(sign(options.secret, issuedAt, nonce))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return {ok: false, reason: 'invalid'}

  const now = (options.now ?? new Date()).getTime()
  const age = now - issuedAt
  if (age < -ALLOWED_CLOCK_SKEW_MS) return {ok: false, reason: 'invalid'}
  if (age > (options.maxAgeSeconds ?? FORM_TOKEN_MAX_AGE_SECONDS) * 1000)
    return {ok: false, reason: 'expired'}
  if (age < options.minFillSeconds * 1000) return {ok: false, reason: 'too_fast'}
  return {ok: true, nonce, issuedAt: new Date(issuedAt)}
}

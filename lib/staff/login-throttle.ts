import {sql, type Kysely} from 'kysely'
import type {Database} from '@/lib/platform/database/schema'
import {rateLimitKey} from '@/lib/platform/database/rate-limit'
import {addressBucket} from '@/lib/platform/http/address-bucket'
import {type StaffUser, verifyStaffCredentials} from './accounts'
import {issueDeviceCookie, trustedDeviceId} from './trusted-device'

// Increasing delays instead of a lock: after a few wrong passwords each further attempt must
// wait twice as long as the last, up to a ceiling. Per account the ceiling is short; per client
// address (IPv6 per /64) it is long, which only slows the guesser. A browser that signed in to
// the account before (trusted-device.ts) is judged by its own failures alone, so other clients'
// wrong guesses never keep it out.

export interface BackoffPolicy {
  /** Wrong passwords allowed without any wait. */
  freeFailures: number
  baseDelayMs: number
  maxDelayMs: number
}

export const ACCOUNT_BACKOFF: BackoffPolicy = {freeFailures: 3, baseDelayMs: 1000, maxDelayMs: 30_000}
export const IP_BACKOFF: BackoffPolicy = {freeFailures: 10, baseDelayMs: 1000, maxDelayMs: 15 * 60_000}
export const DEVICE_BACKOFF: BackoffPolicy = {freeFailures: 5, baseDelayMs: 1000, maxDelayMs: 15 * 60_000}
/** Failures older than this are forgotten. */
export const FAILURE_MEMORY_MS = 24 * 60 * 60 * 1000

export function backoffDelayMs(failures: number, policy: BackoffPolicy): number {
  if (failures < policy.freeFailures) return 0
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures - policy.freeFailures))
}

interface Counter {
  key: string
  policy: BackoffPolicy
}

async function remainingWaitMs(db: Kysely<Database>, counters: Counter[], now: Date): Promise<number> {
  const rows = await db
    .selectFrom('login_failures')
    .selectAll()
    .where(
      'key',
      'in',
      counters.map((c) => c.key),
    )
    .where('last_failure_at', '>', new Date(now.getTime() - FAILURE_MEMORY_MS).toISOString())
    .execute()
  let wait = 0
  for (const row of rows) {
    const policy = counters.find((c) => c.key === row.key)!.policy
    const until = Date.parse(row.last_failure_at) + backoffDelayMs(Number(row.failures), policy)
    wait = Math.max(wait, until - now.getTime())
  }
  return wait
}

async function recordFailure(db: Kysely<Database>, counters: Counter[], now: Date): Promise<void> {
  const at = now.toISOString()
  const forgetBefore = new Date(now.getTime() - FAILURE_MEMORY_MS).toISOString()
  for (const {key} of counters) {
    await db
      .insertInto('login_failures')
      .values({key, failures: 1, last_failure_at: at})
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          failures: sql<number>`case when login_failures.last_failure_at < ${forgetBefore} then 1 else login_failures.failures + 1 end`,
          last_failure_at: at,
        }),
      )
      .execute()
  }
}

export type LoginAttempt =
  /** `deviceCookie`: to keep in this browser for this account (trusted-device.ts). */
  | {kind: 'signed_in'; staff: StaffUser; deviceCookie: string}
  | {kind: 'wrong'}
  /** Too soon after the last wrong password; the password was not even checked. */
  | {kind: 'wait'; seconds: number}

/**
 * One sign-in attempt. From a trusted device (`deviceCookie` issued to this browser for this
 * account): the back-off of that device only. Otherwise: per account and per client address.
 */
export async function attemptStaffLogin(
  db: Kysely<Database>,
  {
    email,
    password,
    ip,
    secret,
    deviceCookie,
    now = new Date(),
  }: {email: string; password: string; ip: string; secret: string; deviceCookie?: string; now?: Date},
): Promise<LoginAttempt> {
  const deviceId = trustedDeviceId(secret, email, deviceCookie)
  const counters: Counter[] = deviceId
    ? [{key: rateLimitKey(secret, 'login-device', deviceId), policy: DEVICE_BACKOFF}]
    : [
        {key: rateLimitKey(secret, 'login-account', email.trim().toLowerCase()), policy: ACCOUNT_BACKOFF},
        {key: rateLimitKey(secret, 'login-ip', addressBucket(ip)), policy: IP_BACKOFF},
      ]
  const waitMs = await remainingWaitMs(db, counters, now)
  if (waitMs > 0) return {kind: 'wait', seconds: Math.ceil(waitMs / 1000)}
  const staff = await verifyStaffCredentials(db, email, password)
  if (!staff) {
    await recordFailure(db, counters, now)
    return {kind: 'wrong'}
  }
  await db.deleteFrom('login_failures').where('key', 'in', counters.map((c) => c.key)).execute()
  return {kind: 'signed_in', staff, deviceCookie: deviceCookie && deviceId ? deviceCookie : issueDeviceCookie(secret, email)}
}

export async function deleteOldLoginFailures(db: Kysely<Database>, now = new Date()): Promise<number> {
  const result = await db
    .deleteFrom('login_failures')
    .where('last_failure_at', '<', new Date(now.getTime() - FAILURE_MEMORY_MS).toISOString())
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}

import {randomUUID} from 'node:crypto'
import type {Kysely} from 'kysely'
import {z} from 'zod'
import type {Database, StaffUserRow} from '@/lib/platform/database/schema'
import {DUMMY_PASSWORD_HASH, hashPassword, PASSWORD_MIN_LENGTH, verifyPassword} from './passwords'

export const newStaffSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({message: 'must be an email address'})),
  name: z.string().trim().min(1, {message: 'is required'}).max(100),
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, {message: `must be at least ${PASSWORD_MIN_LENGTH} characters`})
    .max(200),
})

export type StaffUser = Pick<StaffUserRow, 'id' | 'email' | 'name'>

export class StaffAccountDisabledError extends Error {}

/**
 * Creates a staff account, or resets the name and password of an existing one with that email
 * (which signs it out everywhere). A disabled account stays disabled unless `enable` is passed:
 * re-opening someone's access must be a decision, not a side effect of a password reset.
 */
export async function upsertStaffUser(
  db: Kysely<Database>,
  input: z.input<typeof newStaffSchema>,
  {now = new Date(), enable = false}: {now?: Date; enable?: boolean} = {},
): Promise<{user: StaffUser; created: boolean; enabled: boolean}> {
  const {email, name, password} = newStaffSchema.parse(input)
  const existing = await db
    .selectFrom('staff_users')
    .select(['id', 'disabled_at'])
    .where('email', '=', email)
    .executeTakeFirst()
  if (existing?.disabled_at && !enable) {
    throw new StaffAccountDisabledError(
      `${email} was disabled on ${existing.disabled_at}; nothing was changed. Pass --enable to switch it on again with this password.`,
    )
  }
  const passwordHash = await hashPassword(password)
  if (existing) {
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('staff_users')
        .set({name, password_hash: passwordHash, disabled_at: null})
        .where('id', '=', existing.id)
        .execute()
      // A password reset signs the account out everywhere.
      await trx.deleteFrom('staff_sessions').where('staff_id', '=', existing.id).execute()
    })
    return {user: {id: existing.id, email, name}, created: false, enabled: Boolean(existing.disabled_at)}
  }
  const id = randomUUID()
  await db
    .insertInto('staff_users')
    .values({id, email, name, password_hash: passwordHash, created_at: now.toISOString(), disabled_at: null})
    .execute()
  return {user: {id, email, name}, created: true, enabled: false}
}

/**
 * Switches an account off and ends all its sessions in the same transaction: an open inbox tab
 * stops working on its next request. Undefined when no account has that email.
 */
export async function disableStaffUser(
  db: Kysely<Database>,
  email: string,
  now = new Date(),
): Promise<{user: StaffUser; sessionsEnded: number; alreadyDisabled: boolean} | undefined> {
  const address = email.trim().toLowerCase()
  return db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom('staff_users')
      .select(['id', 'email', 'name', 'disabled_at'])
      .where('email', '=', address)
      .executeTakeFirst()
    if (!user) return undefined
    if (!user.disabled_at) {
      await trx.updateTable('staff_users').set({disabled_at: now.toISOString()}).where('id', '=', user.id).execute()
    }
    const ended = await trx.deleteFrom('staff_sessions').where('staff_id', '=', user.id).executeTakeFirst()
    return {
      user: {id: user.id, email: user.email, name: user.name},
      sessionsEnded: Number(ended.numDeletedRows),
      alreadyDisabled: Boolean(user.disabled_at),
    }
  })
}

export interface StaffAccountSummary {
  email: string
  name: string
  createdAt: string
  disabledAt: string | null
  activeSessions: number
}

/** Every account, with how many sessions are open (not past their 8 hours) right now. */
export async function listStaffUsers(db: Kysely<Database>, now = new Date()): Promise<StaffAccountSummary[]> {
  const rows = await db
    .selectFrom('staff_users')
    .leftJoin('staff_sessions', (join) =>
      join
        .onRef('staff_sessions.staff_id', '=', 'staff_users.id')
        .on('staff_sessions.expires_at', '>', now.toISOString()),
    )
    .select(['staff_users.email', 'staff_users.name', 'staff_users.created_at', 'staff_users.disabled_at'])
    .select((eb) => eb.fn.count<number>('staff_sessions.id').as('sessions'))
    .groupBy(['staff_users.id', 'staff_users.email', 'staff_users.name', 'staff_users.created_at', 'staff_users.disabled_at'])
    .orderBy('staff_users.email')
    .execute()
  return rows.map((r) => ({
    email: r.email,
    name: r.name,
    createdAt: r.created_at,
    disabledAt: r.disabled_at,
    activeSessions: Number(r.sessions),
  }))
}

export async function verifyStaffCredentials(
  db: Kysely<Database>,
  email: string,
  password: string,
): Promise<StaffUser | undefined> {
  const user = await db
    .selectFrom('staff_users')
    .select(['id', 'email', 'name', 'password_hash', 'disabled_at'])
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst()
  const ok = await verifyPassword(password, user?.password_hash ?? DUMMY_PASSWORD_HASH)
  if (!user || !ok || user.disabled_at) return undefined
  return {id: user.id, email: user.email, name: user.name}
}

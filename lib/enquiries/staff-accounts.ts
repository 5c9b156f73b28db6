import {randomUUID} from 'node:crypto'
import type {Kysely} from 'kysely'
import {z} from 'zod'
import type {Database, StaffUserRow} from './db-schema'
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

/** Creates a staff account, or resets the name and password of an existing one with that email. */
export async function upsertStaffUser(
  db: Kysely<Database>,
  input: z.input<typeof newStaffSchema>,
  now = new Date(),
): Promise<{user: StaffUser; created: boolean}> {
  const {email, name, password} = newStaffSchema.parse(input)
  const passwordHash = await hashPassword(password)
  const existing = await db
    .selectFrom('staff_users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst()
  if (existing) {
    await db
      .updateTable('staff_users')
      .set({name, password_hash: passwordHash, disabled_at: null})
      .where('id', '=', existing.id)
      .execute()
    // A password reset signs the account out everywhere.
    await db.deleteFrom('staff_sessions').where('staff_id', '=', existing.id).execute()
    return {user: {id: existing.id, email, name}, created: false}
  }
  const id = randomUUID()
  await db
    .insertInto('staff_users')
    .values({id, email, name, password_hash: passwordHash, created_at: now.toISOString(), disabled_at: null})
    .execute()
  return {user: {id, email, name}, created: true}
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

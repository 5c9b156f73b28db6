import type {Kysely} from 'kysely'
import type {Database} from '@/lib/platform/database/schema'
import {deleteExpiredRateLimits} from '@/lib/platform/database/rate-limit'

export interface PurgeResult {
  enquiries: number
  rateLimits: number
  cutoff: string
}

/**
 * `months` calendar months before `now`, the day clamped to the end of a shorter month: 31 March
 * minus one month is 28 (or 29) February, not 3 March, which would keep enquiries too short.
 */
export function retentionCutoff(months: number, now: Date): Date {
  const monthIndex = now.getUTCFullYear() * 12 + now.getUTCMonth() - months
  const year = Math.floor(monthIndex / 12)
  const month = monthIndex - year * 12
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  const cutoff = new Date(now)
  cutoff.setUTCFullYear(year, month, Math.min(now.getUTCDate(), lastDay))
  return cutoff
}

/**
 * PDPA s25: enquiries are deleted once the clinic's retention period (months since the enquiry
 * arrived, from the clinic settings) has passed, with their jobs and notes. Also clears the
 * booking form's old rate-limit counters (staff sessions are lib/staff's housekeeping).
 */
export async function purgeExpired(
  db: Kysely<Database>,
  {months, now = new Date()}: {months: number; now?: Date},
): Promise<PurgeResult> {
  if (!Number.isInteger(months) || months < 1)
    throw new Error(`Retention must be a whole number of months, got ${months}`)
  const cutoff = retentionCutoff(months, now).toISOString()
  const enquiries = await db.transaction().execute(async (trx) => {
    const expired = trx.selectFrom('enquiries').select('id').where('created_at', '<', cutoff)
    await trx
      .deleteFrom('audit_events')
      .where('enquiry_id', 'in', expired)
      .where('action', 'in', ['status', 'note'])
      .execute()
    await trx.deleteFrom('outbox_jobs').where('enquiry_id', 'in', expired).execute()
    const deleted = await trx.deleteFrom('enquiries').where('created_at', '<', cutoff).executeTakeFirst()
    const count = Number(deleted.numDeletedRows)
    if (count > 0) {
      await trx
        .insertInto('audit_events')
        .values({
          id: crypto.randomUUID(),
          at: now.toISOString(),
          staff_id: null,
          staff_email: null,
          action: 'purge',
          enquiry_id: null,
          from_status: null,
          to_status: null,
          note: `${count} enquiries received before ${cutoff} deleted (retention ${months} months)`,
        })
        .execute()
    }
    return count
  })
  const rateLimits = await deleteExpiredRateLimits(db, new Date(now.getTime() - 24 * 3600 * 1000))
  return {enquiries, rateLimits, cutoff}
}

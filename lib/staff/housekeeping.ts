import 'server-only'
import type {Kysely} from 'kysely'
import type {RecurringTask} from '@/lib/platform/background'
import {getDatabase} from '@/lib/platform/database/db'
import type {Database} from '@/lib/platform/database/schema'
import {log} from '@/lib/platform/log'
import {deleteOldLoginFailures} from './login-throttle'
import {deleteExpiredSessions} from './sessions'

const HOUSEKEEPING_INTERVAL_MS = 6 * 60 * 60 * 1000

/** Expired sessions and sign-in failures old enough to be forgotten: rows nobody reads again. */
export async function deleteExpiredStaffRecords(
  db: Kysely<Database>,
  now = new Date(),
): Promise<{sessions: number; loginFailures: number}> {
  return {
    sessions: await deleteExpiredSessions(db, now),
    loginFailures: await deleteOldLoginFailures(db, now),
  }
}

export const staffHousekeepingTask: RecurringTask = {
  name: 'staff-housekeeping',
  everyMs: HOUSEKEEPING_INTERVAL_MS,
  firstRunAfterMs: 60_000,
  async run() {
    const {db} = await getDatabase()
    const deleted = await deleteExpiredStaffRecords(db)
    if (deleted.sessions + deleted.loginFailures > 0) log.info('staff.housekeeping', deleted)
  },
}

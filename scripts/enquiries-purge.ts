// npm run enquiries:purge [-- --months 12] [--dry-run]
// Deletes enquiries older than the clinic's retention period (clinic settings,
// enquiryRetentionMonths) with their notes and queued emails, and expired staff sessions. The
// server runs the same work on timers; this is for cron or a one-off after changing the policy.
import {parseArgs} from 'node:util'
import {dbConfigFromEnv, openMigratedDb} from '@/lib/platform/database/db'
import {purgeExpired, retentionCutoff} from '@/lib/enquiries/retention'
import {readRetentionMonths} from '@/lib/enquiries/retention-period'
import {deleteExpiredStaffRecords} from '@/lib/staff/housekeeping'

async function retentionMonths(flag: string | undefined): Promise<number> {
  if (flag !== undefined) return Number(flag)
  const months = await readRetentionMonths()
  if (!months) throw new Error('The clinic settings have no valid enquiryRetentionMonths; pass --months N.')
  return months
}

async function main() {
  const {values} = parseArgs({
    options: {months: {type: 'string'}, 'dry-run': {type: 'boolean'}},
    strict: true,
  })
  const months = await retentionMonths(values.months)
  const handle = await openMigratedDb(dbConfigFromEnv())
  try {
    if (values['dry-run']) {
      const cutoff = retentionCutoff(months, new Date()).toISOString()
      const row = await handle.db
        .selectFrom('enquiries')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('created_at', '<', cutoff)
        .executeTakeFirstOrThrow()
      console.log(
        `Dry run: ${Number(row.n)} enquiries received before ${cutoff} would be deleted (retention ${months} months).`,
      )
      return
    }
    const result = await purgeExpired(handle.db, {months})
    const staff = await deleteExpiredStaffRecords(handle.db)
    console.log(
      `Deleted ${result.enquiries} enquiries received before ${result.cutoff} (retention ${months} months); ` +
        `${staff.sessions} expired staff sessions and ${result.rateLimits + staff.loginFailures} old rate-limit counters.`,
    )
  } finally {
    await handle.close()
  }
}

main().catch((error: unknown) => {
  console.error(`enquiries:purge failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})

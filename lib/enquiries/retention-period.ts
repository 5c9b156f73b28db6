import {z} from 'zod'
import {runQuery, settingsQuery} from '@/lib/content'

// The retention period is clinic policy, edited in the Studio; the purge reads it itself when it
// runs, so a restart does not leave the purge waiting for some page to load the settings.
const retentionMonths = z.number().int().min(1).max(120)

/** The clinic settings' enquiryRetentionMonths, or undefined when unset or not a valid period. */
export async function readRetentionMonths(): Promise<number | undefined> {
  const settings = await runQuery<{enquiryRetentionMonths?: unknown} | null>(settingsQuery)
  const parsed = retentionMonths.safeParse(settings?.enquiryRetentionMonths)
  return parsed.success ? parsed.data : undefined
}

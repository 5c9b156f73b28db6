import {z} from 'zod'
import {loadClinicSettings} from '@/lib/content'

// The retention period is clinic policy, edited in the Studio; the purge reads it itself when it
// runs (the last good settings when the CMS is down), so no page has to load them first.
const retentionMonths = z.number().int().min(1).max(120)

/** The clinic settings' enquiryRetentionMonths, or undefined when unset or not a valid period. */
export async function readRetentionMonths(): Promise<number | undefined> {
  const settings = await loadClinicSettings()
  const parsed = retentionMonths.safeParse(settings.enquiryRetentionMonths)
  return parsed.success ? parsed.data : undefined
}

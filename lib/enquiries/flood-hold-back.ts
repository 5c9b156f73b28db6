import type {Kysely} from 'kysely'
import type {Database} from '@/lib/platform/database/schema'

/** Why a notification was not sent; shown with the enquiry in the inbox. */
export const HELD_BACK_DURING_FLOOD =
  'Held back: the site received more enquiries a minute than ENQUIRY_SITE_LIMIT_PER_MINUTE, so no email was sent for this one. Check it here; "Try again" sends it.'

// Past the site-wide ceiling the enquiry is still stored and the patient still told so: a flood
// from many addresses must not turn real patients away. What the ceiling protects is the clinic's
// mailbox: the notification is parked as failed, which the inbox shows with a "Try again" button.
export async function holdBackNotifications(db: Kysely<Database>, enquiryId: string, now: Date): Promise<void> {
  await db
    .updateTable('outbox_jobs')
    .set({status: 'failed', last_error: HELD_BACK_DURING_FLOOD, updated_at: now.toISOString()})
    .where('enquiry_id', '=', enquiryId)
    .where('status', '=', 'pending')
    .execute()
}

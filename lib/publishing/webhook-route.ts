import 'server-only'
import {contentSourceName, runQuery} from '@/lib/content'
import {env} from '@/lib/platform/env'
import {log} from '@/lib/platform/log'
import {createPublishWebhook} from './publish-webhook'
import {contentRedirectStore} from './redirect-store'
import {isEmptyPlan, updateRedirectsForChange} from './rename-redirects'
import {revalidateTags} from './revalidate-tags'
import {nudgeScheduleTimer} from './schedule-work'
import {sharedDeliveryLedger} from './shared-delivery-ledger'
import {contentLookup, ownTags, tagsForDocument} from './tags-for-document'

// Sanity's query API can lag a moment behind the webhook (next-sanity's parseBody waits 3 s for the
// same reason); the bundled snapshot is already written when its webhook is sent.
const SANITY_CONSISTENCY_WAIT_MS = 3000

const lookup = contentLookup(runQuery)

// In the dataset the site reads: Content Lake (with SANITY_API_REDIRECT_TOKEN) or the snapshot file.
async function updateRedirects(doc: Parameters<typeof updateRedirectsForChange>[0]): Promise<boolean> {
  const store = contentRedirectStore()
  if ('unavailable' in store) {
    if (doc.before?.slug && doc.slug && doc.before.slug !== doc.slug) log.warn('webhook.redirects_skipped', {id: doc._id, reason: store.unavailable})
    return false
  }
  const plan = await updateRedirectsForChange(doc, store)
  if (!isEmptyPlan(plan)) log.info('webhook.redirects_written', {id: doc._id, put: plan.put.map((r) => ({from: r.from, to: r.to})), removed: plan.remove})
  return !isEmptyPlan(plan)
}

/** POST /api/revalidate: the publish webhook wired to the content source and the shared ledger. */
export const handlePublishWebhook = createPublishWebhook({
  secret: () => env().SANITY_REVALIDATE_SECRET,
  tagsFor: (doc) => tagsForDocument(doc, lookup),
  ownTagsFor: ownTags,
  revalidate: (tags, context) => {
    revalidateTags(tags, context)
    // Other instances learn of a new time within the timer's poll.
    nudgeScheduleTimer()
  },
  updateRedirects,
  // Shared by every instance (Redis, or the database), so a replay to another is refused.
  seen: sharedDeliveryLedger(),
  // The local Content Lake (SANITY_API_HOST) answers queries from the state it just sent, so no wait.
  consistencyWaitMs: () =>
    contentSourceName() === 'sanity' && !env().SANITY_API_HOST ? SANITY_CONSISTENCY_WAIT_MS : 0,
})

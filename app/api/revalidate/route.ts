import {env} from '@/lib/platform/env'
import {revalidateTags} from '@/lib/publishing/revalidate-tags'
import {createRevalidateWebhook} from '@/lib/publishing/publish-webhook'
import {contentSourceName, runQuery} from '@/lib/content/source'
import {contentLookup, ownTags, tagsForDocument} from '@/lib/publishing/tags-for-document'
import {sharedDeliveryLedger} from '@/lib/publishing/shared-delivery-ledger'

// Sanity's query API can lag a moment behind the webhook (next-sanity's parseBody waits 3 s for the
// same reason); the bundled snapshot is already written when its webhook is sent.
const SANITY_CONSISTENCY_WAIT_MS = 3000

const lookup = contentLookup(runQuery)

export const POST = createRevalidateWebhook({
  secret: () => env().SANITY_REVALIDATE_SECRET,
  tagsFor: (doc) => tagsForDocument(doc, lookup),
  ownTagsFor: ownTags,
  revalidate: revalidateTags,
  // Shared by every instance (Redis, or the enquiries database), so a replay to another is refused.
  seen: sharedDeliveryLedger(),
  // The local Content Lake (SANITY_API_HOST) answers queries from the state it just sent, so no wait.
  consistencyWaitMs: () => (contentSourceName() === 'sanity' && !env().SANITY_API_HOST ? SANITY_CONSISTENCY_WAIT_MS : 0),
})

import 'server-only'
import {findDueTransitions, runQuery} from '@/lib/content'
import {env} from '@/lib/platform/env'
import {createPublishDueRoute} from './publish-due'
import {revalidateTags} from './revalidate-tags'
import {contentLookup, tagsForDocument} from './tags-for-document'

const lookup = contentLookup(runQuery)

/** GET /api/cron/publish-due wired to the content source and Next's revalidation. */
export const handlePublishDue = createPublishDueRoute({
  cronSecret: () => env().CRON_SECRET,
  findDue: findDueTransitions,
  tagsFor: (doc) => tagsForDocument(doc, lookup),
  revalidate: revalidateTags,
})

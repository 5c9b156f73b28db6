import 'server-only'
import {log} from '@/lib/platform/log'
import {postBySlugQuery, postSlugsQuery} from './queries'
import {querySnapshot, snapshotLoadStats} from './snapshot-source'
import {contentSourceName} from './source'

/**
 * Reads the bundled snapshot and builds the indexes a post page's queries use as the server starts
 * (instrumentation's register(): a production server runs it at once and holds requests until it
 * is done). Otherwise the first reader after every start or deploy waits for it: about 0.7 s at
 * 5,000 posts. Content Lake needs no warming here.
 */
export async function warmContentSource(): Promise<void> {
  if (contentSourceName() !== 'snapshot') return
  const started = performance.now()
  try {
    // Any post will do: its page's queries build the indexes every post page's queries use.
    const [slug] = await querySnapshot<string[]>(postSlugsQuery, {}, 'published')
    if (slug) await querySnapshot(postBySlugQuery, {slug}, 'published')
    const {documents} = await snapshotLoadStats()
    log.info('content.snapshot_warmed', {documents, ms: Math.round(performance.now() - started)})
  } catch (error) {
    // Not a reason to refuse to start: a page that cannot read the snapshot answers 503 and says why.
    log.warn('content.snapshot_warm_failed', {error})
  }
}

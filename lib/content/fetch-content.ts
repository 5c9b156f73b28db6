import 'server-only'
import {unstable_cache} from 'next/cache'
import {env} from '@/lib/platform/env'
import {ContentUnavailableError} from './content-unavailable'
import {contentCacheKey} from './content-cache-key'
import {isDraftMode} from './draft-access'
import {recallLastGood, lastGoodKey, rememberLastGood} from './last-good'
import {reportSourceFailure} from './outage-log'
import type {QueryParams} from './perspective'
import {runQuery} from './source'

/**
 * While the source is failing, a page rendered from fallback content is regenerated this soon
 * (instead of CONTENT_REVALIDATE_SECONDS), so the site recovers by itself once the source is back.
 */
export const OUTAGE_RETRY_SECONDS = 10

// An unstable_cache entry with a short lifetime lowers the lifetime of the page being rendered
// (Next takes the smallest `revalidate` seen during a render), which schedules the retry.
const retrySoon = unstable_cache(async () => true, ['content-outage-retry'], {revalidate: OUTAGE_RETRY_SECONDS})

/**
 * Why unstable_cache and not 'use cache': with cacheComponents, `revalidateTag(tag, {expire: 0})`
 * served the build-time HTML on the next request (Next 16.4), which breaks publish-to-live. What
 * this function relies on (a stale entry whose refresh throws is returned and the error swallowed; a
 * short-lived entry lowers the page's lifetime; a first-time failure throws) is Next's behaviour, not
 * a documented contract, so it is pinned by the e2e test cmsOutageKeepsServingTheLastGoodPageAndRecovers
 * (tests/e2e/journeys/freshness.mjs), which breaks the source under the production build.
 *
 * Published reads are cached under the caller's tags so the webhook can clear exactly them; the
 * time-based expiry is only a fallback for a lost webhook. Draft reads are never cached.
 *
 * When the source fails, the page is rendered from the last good answer instead (Next's own stale
 * entry, or ours when a webhook has expired Next's), one structured error line is logged, and the
 * page is retried in OUTAGE_RETRY_SECONDS. With no earlier answer at all it throws
 * ContentUnavailableError, which the server turns into a 503.
 */
export async function fetchContent<T>(query: string, params: QueryParams, tags: string[]): Promise<T> {
  if (await isDraftMode()) {
    try {
      return await runQuery<T>(query, params, 'drafts')
    } catch (cause) {
      reportSourceFailure({cause, params, tags, fallback: 'none', perspective: 'drafts'})
      throw new ContentUnavailableError('The content source is unavailable', {cause})
    }
  }

  const key = lastGoodKey(query, params)
  let failure: {cause: unknown} | undefined
  const cached = unstable_cache(
    async () => {
      try {
        const value = await runQuery<T>(query, params, 'published')
        await rememberLastGood(key, value)
        return value
      } catch (cause) {
        failure = {cause}
        throw cause
      }
    },
    await contentCacheKey(query, params),
    {tags, revalidate: env().CONTENT_REVALIDATE_SECONDS},
  )

  let value: T
  try {
    value = await cached()
    // A time-expired entry whose refresh failed: unstable_cache swallows the error and returns its
    // stale value, so the failure is only visible here.
    if (failure) reportSourceFailure({cause: failure.cause, params, tags, fallback: 'stale-cache'})
  } catch (error) {
    const cause = failure?.cause ?? error
    const remembered = await recallLastGood(key)
    if (!remembered) {
      reportSourceFailure({cause, params, tags, fallback: 'none'})
      throw new ContentUnavailableError('The content source is unavailable and this page was never rendered', {cause})
    }
    reportSourceFailure({cause, params, tags, fallback: 'last-good'})
    value = remembered.value as T
    failure = {cause}
  }
  if (failure) await retrySoon()
  return value
}

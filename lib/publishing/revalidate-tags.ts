import 'server-only'
import {revalidateTag} from 'next/cache'
import {after} from 'next/server'
import {log} from '@/lib/platform/log'
import {refreshCachesInFront} from './refresh-caches-after-publish'

/**
 * `{expire: 0}`: the very next request for a page carrying one of these tags renders afresh
 * (blocking) instead of getting one stale response first, as `'max'` would give. Proven against
 * the production build (tests/e2e/journeys/freshness.mjs, tooling/bench/bench-publish.mjs). What keeps
 * this safe during a CMS outage is fetch-content.ts: a failed blocking render falls back to the
 * last good content rather than an error page.
 */
export const REVALIDATE_PROFILE = {expire: 0} as const

export type RevalidateTags = (tags: string[], context: Record<string, unknown>) => void

export const revalidateTags: RevalidateTags = (tags, context) => {
  for (const tag of tags) revalidateTag(tag, REVALIDATE_PROFILE)
  log.info('content.revalidated', {...context, tags, profile: REVALIDATE_PROFILE})
  // After the response: Next applies the revalidation when the handler returns, and the caches in
  // front must fetch the pages after that, or they would store the old version again.
  after(() => refreshCachesInFront(tags, context))
}

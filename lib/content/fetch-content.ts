import 'server-only'
import {unstable_cache} from 'next/cache'
import {draftMode} from 'next/headers'
import {env} from '@/lib/env'
import type {QueryParams} from './perspective'
import {runQuery} from './source'

async function isDraftMode(): Promise<boolean> {
  try {
    return (await draftMode()).isEnabled
  } catch {
    // Outside a request (generateStaticParams, build-time sitemap) there is no draft mode.
    return false
  }
}

/**
 * Published reads are cached under the caller's tags so the webhook can clear exactly them; the
 * time-based expiry is only a fallback for a lost webhook. Draft reads are never cached.
 */
export async function fetchContent<T>(query: string, params: QueryParams, tags: string[]): Promise<T> {
  if (await isDraftMode()) return runQuery<T>(query, params, 'drafts')
  const cached = unstable_cache(() => runQuery<T>(query, params, 'published'), ['content', query, JSON.stringify(params)], {
    tags,
    revalidate: env().CONTENT_REVALIDATE_SECONDS,
  })
  return cached()
}

import type {QueryParams} from './perspective'
import {contentSourceName} from './source'
import {snapshotVersion} from './snapshot-source'

/**
 * The key of a published read in Next's data cache. That cache (.next/cache/fetch-cache, or Redis)
 * outlives builds and is only cleared by a webhook, so a snapshot file changed without one (a
 * restore, a git pull, edit:save, then a rebuild) would keep serving what the file no longer says.
 * In snapshot mode the key carries the file's version, so a changed file is read afresh.
 */
export async function contentCacheKey(query: string, params: QueryParams): Promise<string[]> {
  let version = 'content-lake'
  if (contentSourceName() === 'snapshot') {
    try {
      version = `snapshot:${await snapshotVersion()}`
    } catch {
      // Unreadable: the read itself fails and reports why.
      version = 'snapshot:unreadable'
    }
  }
  return ['content', version, query, JSON.stringify(params)]
}

import {env} from '@/lib/platform/env'
import {log} from '@/lib/platform/log'
import type {Perspective, QueryParams} from './perspective'
import {querySanity} from './sanity-source'
import {querySnapshot, snapshotDir} from './snapshot-source'

export type ContentSourceName = 'sanity' | 'snapshot'

export function contentSourceName(): ContentSourceName {
  return env().SANITY_PROJECT_ID ? 'sanity' : 'snapshot'
}

let announced = false

/**
 * The one path every content read takes: the same GROQ against Content Lake or the bundled snapshot.
 * Public queries filter by `$language` (the edition); a read that names none is for English
 * (both sources add it, live-filter.ts).
 */
export async function runQuery<T>(query: string, params: QueryParams = {}, perspective: Perspective = 'published'): Promise<T> {
  const source = contentSourceName()
  if (!announced) {
    announced = true
    log.info('content.source', source === 'sanity' ? {source, projectId: env().SANITY_PROJECT_ID, dataset: env().SANITY_DATASET} : {source, dir: snapshotDir()})
  }
  return source === 'sanity' ? querySanity<T>(query, params, perspective) : querySnapshot<T>(query, params, perspective)
}

import 'server-only'
import {cache} from 'react'
import {log} from '@/lib/platform/log'
import {contentSourceName} from './source'

export type SourceFailure = {
  cause: unknown
  params: Record<string, unknown>
  tags: string[]
  /** What the page was rendered with instead: Next's stale entry, our last good copy, or nothing (503). */
  fallback: 'stale-cache' | 'last-good' | 'none'
  perspective?: 'published' | 'drafts'
}

// One line per failed render, not one per query: a page runs several queries against the same
// broken source. React's cache() gives one object per server render (and a new one per call outside
// a render, where each failure is then logged).
const currentRender = cache((): {reported: boolean} => ({reported: false}))

export function reportSourceFailure({cause, params, tags, fallback, perspective = 'published'}: SourceFailure): void {
  const render = currentRender()
  if (render.reported) return
  render.reported = true
  log.error('content.source_failed', {
    params,
    tags,
    source: contentSourceName(),
    perspective,
    fallback,
    cause,
  })
}

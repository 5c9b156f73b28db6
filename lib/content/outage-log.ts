import 'server-only'
import {workAsyncStorage} from 'next/dist/server/app-render/work-async-storage.external'
import {log} from '@/lib/log'
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
// broken source. The render's work store identifies the render.
const reported = new WeakSet<object>()

function currentRender(): {route: string; store: object} | undefined {
  // Internal to Next, hence guarded: the route pattern being rendered is not exposed publicly.
  try {
    const store = workAsyncStorage.getStore()
    return store ? {route: store.route, store} : undefined
  } catch {
    return undefined
  }
}

export function reportSourceFailure({cause, params, tags, fallback, perspective = 'published'}: SourceFailure): void {
  const render = currentRender()
  if (render) {
    if (reported.has(render.store)) return
    reported.add(render.store)
  }
  log.error('content.source_failed', {
    route: render?.route ?? null,
    params,
    tags,
    source: contentSourceName(),
    perspective,
    fallback,
    cause,
  })
}

import 'server-only'
import {workAsyncStorage} from 'next/dist/server/app-render/work-async-storage.external'
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
// broken source. The render's work store identifies the render.
const reported = new WeakSet<object>()

function currentRender(): {route: string; store: object} | undefined {
  // Internal to Next, hence guarded: Next 16 exposes the route pattern being rendered through no
  // public API (onRequestError has it, but only for renders that throw, and a fallback render does
  // not). The e2e test cmsOutageKeepsServingTheLastGoodPageAndRecovers (tests/e2e/journeys/
  // freshness.mjs) asserts the route in this log line, so a Next upgrade that moves this store fails
  // CI instead of silently logging route: null.
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

import {createHash} from 'node:crypto'
import type {LakeResponse} from './http'
import {isPublishedId} from './ids'
import type {DocumentStore} from './store'

/**
 * The Live Content API (`/data/live/events`): a stream of sync tags that became invalid.
 * Content Lake tags each document a query read; this server cannot see what groq-js read, so it
 * gives every query of a dataset one tag and invalidates it on every commit. Clients that follow the
 * protocol refetch more often than on Content Lake, never less.
 */
export function datasetSyncTag(dataset: string): string {
  return `s1:${createHash('sha256').update(dataset).digest('base64url').slice(0, 6)}`
}

type Stream = {res: LakeResponse; includeDrafts: boolean}

function sse(res: LakeResponse, event: string, data: unknown, id?: string): void {
  res.write(`event: ${event}\n${id ? `id: ${id}\n` : ''}data: ${JSON.stringify(data)}\n\n`)
}

export class LiveEventsHub {
  private readonly streams = new Set<Stream>()
  private readonly keepalive: NodeJS.Timeout

  constructor(
    store: DocumentStore,
    private readonly tag: string,
    keepaliveMs: number,
  ) {
    store.on('commit', (tx) => {
      const published = tx.changes.some((change) => isPublishedId(change.id))
      for (const {res, includeDrafts} of this.streams) {
        if (published || includeDrafts) sse(res, 'message', {tags: [this.tag]}, tx.id)
      }
    })
    this.keepalive = setInterval(
      () => this.streams.forEach(({res}) => res.write(': keepalive\n\n')),
      keepaliveMs,
    )
    this.keepalive.unref()
  }

  open(res: LakeResponse, {includeDrafts}: {includeDrafts: boolean}): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    })
    const stream = {res, includeDrafts}
    this.streams.add(stream)
    res.on('close', () => this.streams.delete(stream))
    sse(res, 'welcome', {})
  }

  get size(): number {
    return this.streams.size
  }

  closeAll(): void {
    clearInterval(this.keepalive)
    for (const {res} of this.streams) res.end()
    this.streams.clear()
  }
}

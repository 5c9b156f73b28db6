import {createHash} from 'node:crypto'
import {EventStreams, sse} from './event-streams'
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

export class LiveEventsHub {
  private readonly streams: EventStreams<Stream>

  constructor(
    store: DocumentStore,
    private readonly tag: string,
    keepaliveMs: number,
  ) {
    this.streams = new EventStreams(keepaliveMs)
    store.on('commit', (tx) => {
      const published = tx.changes.some((change) => isPublishedId(change.id))
      for (const {res, includeDrafts} of this.streams) {
        if (published || includeDrafts) sse(res, 'message', {tags: [this.tag]}, tx.id)
      }
    })
  }

  open(res: LakeResponse, {includeDrafts}: {includeDrafts: boolean}): void {
    this.streams.open({res, includeDrafts})
    sse(res, 'welcome', {})
  }

  get size(): number {
    return this.streams.size
  }

  closeAll(): void {
    this.streams.closeAll()
  }
}

import {randomBytes} from 'node:crypto'
import {EventStreams, sse} from './event-streams'
import type {LakeResponse} from './http'
import {canReadId, type Caller} from './perspective'
import {queryMatches, type QueryParams} from './query'
import type {CommittedTransaction, DocumentStore} from './store'

export type ListenOptions = {
  query: string
  params: QueryParams
  includeResult: boolean
  includePreviousRevision: boolean
  includeMutations: boolean
  mendoza: boolean
  visibility: string
}

type Listener = {options: ListenOptions; caller: Caller; res: LakeResponse}

// LAKE_TRACE=1: one JSON line on stderr per listener event sent, with the commit's time, to see
// how long a Studio waited for the event of its own transaction.
const TRACE = process.env.LAKE_TRACE === '1'
function trace(query: string, change: {id: string; before: {_rev?: string} | null}, tx: CommittedTransaction) {
  const line = {trace: 'listener.event', at: new Date().toISOString(), committedAt: tx.timestamp, query: query.slice(0, 60), documentId: change.id, transactionId: tx.id, previousRev: change.before?._rev}
  process.stderr.write(`${JSON.stringify(line)}\n`)
}

/**
 * The `/data/listen` event streams. A listener gets a change when its query selects the document
 * before or after it: appear, update or disappear, decided by evaluating the query on each version.
 */
export class ListenerHub {
  private readonly listeners: EventStreams<Listener>
  private queue: Promise<void> = Promise.resolve()

  constructor(store: DocumentStore, keepaliveMs: number) {
    this.listeners = new EventStreams(keepaliveMs)
    // One transaction at a time, so every stream sees transactions in commit order.
    store.on('commit', (tx) => {
      this.queue = this.queue.then(() => this.broadcast(tx))
    })
  }

  open(res: LakeResponse, caller: Caller, options: ListenOptions): void {
    this.listeners.open({options, caller, res})
    sse(res, 'welcome', {listenerName: `L${randomBytes(8).toString('hex')}`})
  }

  get size(): number {
    return this.listeners.size
  }

  closeAll(): void {
    this.listeners.closeAll()
  }

  private async broadcast(tx: CommittedTransaction): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await this.notify(listener, tx)
      } catch {
        // A query that fails on this document (it passed parsing) must not stop the other streams.
      }
    }
  }

  private async notify({options, caller, res}: Listener, tx: CommittedTransaction): Promise<void> {
    const events = []
    for (const change of tx.changes) {
      if (!canReadId(change.id, caller)) continue
      const [was, is] = await Promise.all([
        queryMatches(options.query, options.params, change.before),
        queryMatches(options.query, options.params, change.after),
      ])
      if (!was && !is) continue
      events.push({change, transition: !was ? 'appear' : !is ? 'disappear' : 'update'})
    }
    events.forEach(({change, transition}, index) => {
      const data: Record<string, unknown> = {
        type: 'mutation',
        eventId: `${tx.id}#${change.id}`,
        documentId: change.id,
        transactionId: tx.id,
        transition,
        identity: tx.author,
        previousRev: change.before?._rev,
        resultRev: change.after?._rev ?? tx.id,
        timestamp: tx.timestamp,
        visibility: options.visibility,
        transactionTotalEvents: events.length,
        transactionCurrentEvent: index + 1,
      }
      if (options.includeMutations) data.mutations = change.mutations
      if (options.mendoza) data.effects = change.effects
      if (options.includeResult && change.after) data.result = change.after
      if (options.includePreviousRevision && change.before) data.previous = change.before
      sse(res, 'mutation', data, `${tx.id}#${change.id}`)
      if (TRACE) trace(options.query, change, tx)
    })
  }
}

import {randomBytes} from 'node:crypto'
import {EventEmitter} from 'node:events'
import type {SnapshotDocument} from '../../lib/content/snapshot-source'
import {readDataset} from './dataset-file'
import {DatasetWriter} from './dataset-writer'
import {mendozaEffects} from './mendoza-effects'

export type LakeDocument = SnapshotDocument & {_rev?: string; _createdAt?: string; _updatedAt?: string}

export type DocumentChange = {
  id: string
  before: LakeDocument | null
  after: LakeDocument | null
  /** The mutations that produced this change, in the mutate API's shape (listener events carry them). */
  mutations: unknown[]
  effects: {apply: unknown[]; revert: unknown[]}
}

export type CommittedTransaction = {id: string; timestamp: string; author: string; changes: DocumentChange[]}

type Revision = {rev: string; transactionId: string; timestamp: string; document: LakeDocument | null}

export type HistoryTransaction = {
  id: string
  timestamp: string
  author: string
  documentIDs: string[]
  mutations: unknown[]
  effects: Record<string, {apply: unknown[]; revert: unknown[]}>
}

export function randomRevision(): string {
  // Sanity's revisions and transaction ids are opaque random strings of this length.
  return randomBytes(11).toString('hex').slice(0, 22)
}

/** Pending writes of one transaction: reads see earlier writes of the same transaction. */
export class Transaction {
  private readonly next = new Map<string, {doc: LakeDocument | null; mutations: unknown[]}>()

  constructor(private readonly store: DocumentStore) {}

  get(id: string): LakeDocument | null {
    const pending = this.next.get(id)
    return pending ? pending.doc : this.store.get(id)
  }

  put(id: string, doc: LakeDocument | null, mutation: unknown): void {
    const mutations = this.next.get(id)?.mutations ?? []
    this.next.set(id, {doc, mutations: [...mutations, mutation]})
  }

  entries(): [string, {doc: LakeDocument | null; mutations: unknown[]}][] {
    return [...this.next.entries()]
  }
}

/**
 * The dataset in memory: documents, a revision log per document and a transaction log, written
 * back to `<dir>/data.ndjson` shortly after each commit (dataset-writer.ts). Emits `commit` with
 * the committed transaction.
 */
export class DocumentStore extends EventEmitter<{commit: [CommittedTransaction]}> {
  private readonly documents = new Map<string, LakeDocument>()
  private readonly revisions = new Map<string, Revision[]>()
  private readonly transactions: HistoryTransaction[] = []
  private readonly writer: DatasetWriter
  /** Changes with every commit that changed a document: what was derived from the documents is stale then. */
  version = 0

  constructor(dir: string, options: {writeDelayMs?: number; onWriteError?: (error: Error) => void} = {}) {
    super()
    this.writer = new DatasetWriter(dir, () => this.all(), options.writeDelayMs, options.onWriteError)
    for (const doc of readDataset(dir) as LakeDocument[]) {
      this.documents.set(doc._id, doc)
      const rev = doc._rev ?? randomRevision()
      const timestamp = doc._updatedAt ?? doc._createdAt ?? new Date(0).toISOString()
      this.revisions.set(doc._id, [{rev, transactionId: rev, timestamp, document: doc}])
      this.transactions.push({
        id: rev,
        timestamp,
        author: 'import',
        documentIDs: [doc._id],
        mutations: [{createOrReplace: doc}],
        effects: {[doc._id]: mendozaEffects(null, doc)},
      })
    }
    this.transactions.sort((a, b) => a.timestamp.localeCompare(b.timestamp))
  }

  get(id: string): LakeDocument | null {
    return this.documents.get(id) ?? null
  }

  all(): LakeDocument[] {
    return [...this.documents.values()]
  }

  private queue: Promise<unknown> = Promise.resolve()

  /** Runs writes one at a time, so a revision checked inside `fn` is still current when it commits. */
  exclusive<T>(fn: () => Promise<T> | T): Promise<T> {
    const run = this.queue.then(fn, fn)
    this.queue = run.catch(() => undefined)
    return run
  }

  begin(): Transaction {
    return new Transaction(this)
  }

  /**
   * Applies the transaction's writes with one new revision. Every document a mutation reached gets
   * it, and a listener event, even when its content came out the same (a patch that changed
   * nothing): the Studio waits for the event of each transaction it sent and shows "Saving..."
   * until it comes.
   */
  commit(tx: Transaction, author: string, transactionId = randomRevision()): CommittedTransaction {
    const timestamp = new Date().toISOString()
    const changes: DocumentChange[] = []
    for (const [id, {doc, mutations}] of tx.entries()) {
      const before = this.get(id)
      if (before === null && doc === null) continue
      const after: LakeDocument | null = doc && {
        ...doc,
        _id: id,
        _createdAt: before?._createdAt ?? doc._createdAt ?? timestamp,
        _updatedAt: timestamp,
        _rev: transactionId,
      }
      changes.push({id, before, after, mutations, effects: mendozaEffects(before, after)})
    }
    const committed = {id: transactionId, timestamp, author, changes}
    if (changes.length === 0) return committed
    for (const {id, after} of changes) {
      if (after) this.documents.set(id, after)
      else this.documents.delete(id)
      const log = this.revisions.get(id) ?? []
      log.push({rev: transactionId, transactionId, timestamp, document: after})
      this.revisions.set(id, log)
    }
    this.transactions.push({
      id: transactionId,
      timestamp,
      author,
      documentIDs: changes.map((c) => c.id),
      mutations: changes.flatMap((c) => c.mutations),
      effects: Object.fromEntries(changes.map((c) => [c.id, c.effects])),
    })
    this.version += 1
    this.writer.schedule()
    this.emit('commit', committed)
    return committed
  }

  /** Resolves once every commit so far is in data.ndjson. */
  flush(): Promise<void> {
    return this.writer.flush()
  }

  /** Writes what is not in data.ndjson yet, synchronously (at process exit). */
  flushSync(): void {
    this.writer.flushSync()
  }

  /** data.ndjson files written since the lake started. */
  get fileWrites(): number {
    return this.writer.writes
  }

  /** The document as it was at a revision, or at a time (the last revision at or before it). */
  documentAt(id: string, at: {revision?: string; time?: string}): LakeDocument | null | undefined {
    const log = this.revisions.get(id) ?? []
    if (at.revision) return log.find((r) => r.rev === at.revision)?.document
    if (at.time) {
      const time = at.time
      return log.filter((r) => r.timestamp <= time).at(-1)?.document ?? null
    }
    return this.get(id)
  }

  transactionsFor(ids: string[]): HistoryTransaction[] {
    const wanted = new Set(ids)
    return this.transactions.filter((t) => t.documentIDs.some((id) => wanted.has(id)))
  }
}

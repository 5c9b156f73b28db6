import fs from 'node:fs/promises'
import {DatasetIndex} from './dataset-index'
import {DRAFT_PREFIX, type SnapshotDocument} from './document'
import {overlayDrafts} from './overlay-drafts'
import {readLines} from './read-lines'
import {contentVersion, LineReparser, type ParsedLines, type ReparseCount} from './reparse-lines'

// The snapshot as the running server holds it: parsed once, re-read when the file changes (a
// local publish rewrites it atomically, scripts/lib/snapshot-publish.mjs), re-parsing only the
// lines that changed. The indexes of each perspective are built on first use after a change.

export type LoadStats = ReparseCount & {documents: number; readMs: number; parseMs: number}

export class LoadedSnapshot {
  private publishedIndex: DatasetIndex | undefined
  private draftsIndex: DatasetIndex | undefined

  constructor(
    readonly key: string,
    readonly version: string,
    readonly parsed: ParsedLines,
    readonly stats: LoadStats,
  ) {}

  /** The documents of a perspective with their indexes; the drafts overlay is built only for preview. */
  index(perspective: 'published' | 'drafts'): DatasetIndex {
    if (perspective === 'drafts') return (this.draftsIndex ??= new DatasetIndex(overlayDrafts(this.parsed.documents)))
    return (this.publishedIndex ??= new DatasetIndex(this.parsed.documents.filter((doc: SnapshotDocument) => !doc._id.startsWith(DRAFT_PREFIX))))
  }
}

type Store = {
  loaded: Map<string, LoadedSnapshot>
  loading: Map<string, {key: string; promise: Promise<LoadedSnapshot>}>
  // Reloads run one after another: each compares the file with the one loaded before it.
  queue: Promise<unknown>
}

// One store per process, not per module instance. A production build runs route handlers (the
// publish webhook, sitemap, feed) and pages in separate module registries (one Turbopack runtime
// each, .next/server/chunks and chunks/ssr), so a module-level map held one parsed snapshot per
// registry: two copies of everything at 5,000 posts. The key names the shape of Store; a change to
// it needs a new key (a dev-mode module reload keeps globalThis).
const STORE_KEY = Symbol.for('clinic-blog.snapshot-store.v1')
const registry = globalThis as typeof globalThis & {[STORE_KEY]?: Store}
const store: Store = (registry[STORE_KEY] ??= {loaded: new Map(), loading: new Map(), queue: Promise.resolve()})
const {loaded, loading} = store

/** The snapshot in `file`, re-read only when its modification time, size or inode has changed. */
export async function loadSnapshot(file: string): Promise<LoadedSnapshot> {
  const stat = await fs.stat(/*turbopackIgnore: true*/ file)
  const key = keyOf(stat)
  const current = loaded.get(file)
  if (current?.key === key) return current
  // Requests arriving together after a publish share one reload.
  const pending = loading.get(file)
  if (pending?.key === key) return pending.promise
  const promise = store.queue.then(() => reload(file)).finally(() => {
    if (loading.get(file)?.promise === promise) loading.delete(file)
  })
  store.queue = promise.catch(() => undefined)
  loading.set(file, {key, promise})
  return promise
}

const keyOf = (stat: {mtimeMs: number; size: number; ino: number}) => `${stat.mtimeMs}:${stat.size}:${stat.ino}`

/**
 * Parses the file line by line against the snapshot loaded before (reparse-lines.ts), and returns
 * the key of the very file read (a publish may rename another over it meanwhile).
 */
async function readAndParse(file: string, previous: LoadedSnapshot | undefined) {
  const handle = await fs.open(/*turbopackIgnore: true*/ file, 'r')
  try {
    const stat = await handle.stat()
    const key = keyOf(stat)
    // An earlier reload in the queue may have loaded this very file already.
    if (previous?.key === key) return {key}
    const started = performance.now()
    const reparser = new LineReparser(file, previous?.parsed)
    const readMs = await readLines(handle, stat.size, (line) => reparser.line(line))
    return {key, readMs, parseMs: performance.now() - started - readMs, ...reparser.finish()}
  } finally {
    await handle.close()
  }
}

async function reload(file: string): Promise<LoadedSnapshot> {
  const previous = loaded.get(file)
  const result = await readAndParse(file, previous)
  if (!('documents' in result)) return previous!
  const {key, readMs, parseMs, reused, parsed: parsedCount, hashes, documents} = result
  const parsed = {hashes, documents}
  const stats: LoadStats = {reused, parsed: parsedCount, documents: documents.length, readMs, parseMs}
  const snapshot = new LoadedSnapshot(key, contentVersion(parsed), parsed, stats)
  // One file is read at a time (CONTENT_SNAPSHOT_DIR changes only in tests): forget the others.
  loaded.clear()
  loaded.set(file, snapshot)
  return snapshot
}

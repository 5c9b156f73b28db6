import fs from 'node:fs/promises'
import {DatasetIndex} from './dataset-index'
import {DRAFT_PREFIX, type SnapshotDocument} from './document'
import {overlayDrafts} from './overlay-drafts'
import {contentVersion, reparseLines, type ParsedLines, type ReparseCount} from './reparse-lines'

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

const loaded = new Map<string, LoadedSnapshot>()
const loading = new Map<string, {key: string; promise: Promise<LoadedSnapshot>}>()
// Reloads run one after another: each compares the file with the one loaded before it, and reads
// into the buffer of the one before that (see `spare`).
let queue: Promise<unknown> = Promise.resolve()

/** The snapshot in `file`, re-read only when its modification time, size or inode has changed. */
export async function loadSnapshot(file: string): Promise<LoadedSnapshot> {
  const stat = await fs.stat(/*turbopackIgnore: true*/ file)
  const key = keyOf(stat)
  const current = loaded.get(file)
  if (current?.key === key) return current
  // Requests arriving together after a publish share one reload.
  const pending = loading.get(file)
  if (pending?.key === key) return pending.promise
  const promise = queue.then(() => reload(file)).finally(() => {
    if (loading.get(file)?.promise === promise) loading.delete(file)
  })
  queue = promise.catch(() => undefined)
  loading.set(file, {key, promise})
  return promise
}

const keyOf = (stat: {mtimeMs: number; size: number; ino: number}) => `${stat.mtimeMs}:${stat.size}:${stat.ino}`

// The bytes of the file loaded two reloads ago, read into next time: allocating a new buffer the
// size of the snapshot on every publish makes V8 collect the whole heap (external memory
// pressure), which at thousands of posts costs more than the reload itself. Nothing reads a
// snapshot's bytes but the reload that follows it, so once that is done they are free.
let spare: Buffer | undefined

/**
 * The file's bytes in one read, and the key of the very file they came from (a publish may rename
 * another over it meanwhile). fs.readFile would read a large snapshot in 512 KiB turns.
 */
async function readWhole(file: string): Promise<{key: string; bytes: Buffer}> {
  const handle = await fs.open(/*turbopackIgnore: true*/ file, 'r')
  try {
    const stat = await handle.stat()
    let buffer = spare
    spare = undefined
    // Some room to grow, so that a publish that lengthens a post does not need a new buffer.
    // allocUnsafeSlow: never a slice of Node's shared pool, so the whole allocation is ours to reuse.
    if (!buffer || buffer.length < stat.size) buffer = Buffer.allocUnsafeSlow(Math.ceil(stat.size * 1.1) + 4096)
    let filled = 0
    while (filled < stat.size) {
      const {bytesRead} = await handle.read(buffer, filled, stat.size - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    return {key: keyOf(stat), bytes: buffer.subarray(0, filled)}
  } finally {
    await handle.close()
  }
}

async function reload(file: string): Promise<LoadedSnapshot> {
  const previous = loaded.get(file)
  const started = performance.now()
  const {key, bytes} = await readWhole(file)
  // An earlier reload in the queue may have loaded this very file already.
  if (previous?.key === key) {
    spare = bytes
    return previous
  }
  const read = performance.now()
  const {reused, parsed: parsedCount, ...parsed} = reparseLines(bytes, file, previous?.parsed)
  const stats: LoadStats = {
    reused,
    parsed: parsedCount,
    documents: parsed.documents.length,
    readMs: read - started,
    parseMs: performance.now() - read,
  }
  const snapshot = new LoadedSnapshot(key, contentVersion(parsed), parsed, stats)
  // One file is read at a time (CONTENT_SNAPSHOT_DIR changes only in tests): forget the others.
  loaded.clear()
  loaded.set(file, snapshot)
  if (previous) spare = Buffer.from(previous.parsed.bytes.buffer)
  return snapshot
}

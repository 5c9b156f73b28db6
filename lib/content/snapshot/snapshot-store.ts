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

/** The snapshot in `file`, re-read only when its modification time, size or inode has changed. */
export async function loadSnapshot(file: string): Promise<LoadedSnapshot> {
  const stat = await fs.stat(/*turbopackIgnore: true*/ file)
  const key = keyOf(stat)
  const current = loaded.get(file)
  if (current?.key === key) return current
  // Requests arriving together after a publish share one reload.
  const pending = loading.get(file)
  if (pending?.key === key) return pending.promise
  const promise = reload(file, current).finally(() => {
    if (loading.get(file)?.promise === promise) loading.delete(file)
  })
  loading.set(file, {key, promise})
  return promise
}

const keyOf = (stat: {mtimeMs: number; size: number; ino: number}) => `${stat.mtimeMs}:${stat.size}:${stat.ino}`

/**
 * The file's bytes in one read, and the key of the very file they came from (a publish may rename
 * another over it meanwhile). fs.readFile would read a large snapshot in 512 KiB turns.
 */
async function readWhole(file: string): Promise<{key: string; bytes: Buffer}> {
  const handle = await fs.open(/*turbopackIgnore: true*/ file, 'r')
  try {
    const stat = await handle.stat()
    const bytes = Buffer.allocUnsafe(stat.size)
    let filled = 0
    while (filled < stat.size) {
      const {bytesRead} = await handle.read(bytes, filled, stat.size - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    return {key: keyOf(stat), bytes: filled === stat.size ? bytes : bytes.subarray(0, filled)}
  } finally {
    await handle.close()
  }
}

async function reload(file: string, previous: LoadedSnapshot | undefined): Promise<LoadedSnapshot> {
  const started = performance.now()
  const {key, bytes} = await readWhole(file)
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
  // A slower, older reload must not replace a newer one.
  const latest = loaded.get(file)
  if (!latest || latest === previous) {
    // One file is read at a time (CONTENT_SNAPSHOT_DIR changes only in tests): forget the others.
    for (const other of loaded.keys()) if (other !== file) loaded.delete(other)
    loaded.set(file, snapshot)
  }
  return snapshot
}

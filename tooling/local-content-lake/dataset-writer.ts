import fs from 'node:fs'
import {Readable} from 'node:stream'
import {pipeline} from 'node:stream/promises'
import {exportOrder} from '../../lib/content/sync/plan-import'
import type {SnapshotDocument} from '../../lib/content/snapshot-source'
import {datasetFile} from './dataset-file'

// Writing the whole dataset back inside every commit made each save wait for it: at 5,000 posts
// (77 MB) serializing and writing took 1 to 2 s of the event loop per commit, and the site's queries
// after a publish waited behind it. Content Lake answers a commit once it is durable in its own
// store, not once a file is rewritten; here the commit is answered from memory and the file follows:
// - one write at a time, `delayMs` after the first commit not yet on disk, so a burst of commits
//   (the Studio saves often) is written once, with everything committed up to the moment it starts;
// - each document's line is serialized once per revision (committed documents are never changed in
//   place, a commit stores new objects), and the serializing yields every few hundred lines;
// - the file is still the whole dataset in `content:export` order, through a temp file and a rename;
// - `flush()` (the lake's close, on SIGTERM/SIGINT) waits until every commit is on disk, and
//   `flushSync()` writes what is left when the process exits some other way;
// - a write that fails is reported (`onError`) and tried again with the next commit or flush, whose
//   caller gets the error.

const lines = new WeakMap<object, Buffer>()
const YIELD_EVERY = 250

function lineOf(doc: SnapshotDocument): Buffer {
  let line = lines.get(doc)
  if (!line) {
    line = Buffer.from(`${JSON.stringify(doc)}\n`)
    lines.set(doc, line)
  }
  return line
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve))

export class DatasetWriter {
  /** Files written so far (tests count them to see that commits were coalesced). */
  writes = 0
  private pending = false
  private timer: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined
  private failure: Error | undefined
  private readonly file: string
  private readonly temp: string

  constructor(
    dir: string,
    private readonly documents: () => SnapshotDocument[],
    private readonly delayMs = 200,
    private readonly onError: (error: Error) => void = () => {},
  ) {
    this.file = datasetFile(dir)
    this.temp = `${this.file}.${process.pid}.tmp`
  }

  /** A commit changed the dataset: it will be written. */
  schedule(): void {
    this.pending = true
    if (!this.timer && !this.running) this.timer = setTimeout(() => this.start(), this.delayMs)
  }

  /** Resolves once every commit scheduled so far is in the file. */
  async flush(): Promise<void> {
    while (this.pending || this.running) {
      if (!this.running) this.start()
      await this.running
      const failure = this.failure
      this.failure = undefined
      if (failure) throw failure
    }
  }

  /** What is not written yet, synchronously: for process exit, when nothing asynchronous runs any more. */
  flushSync(): void {
    if (!this.pending && !this.running) return
    clearTimeout(this.timer)
    this.timer = undefined
    const sync = `${this.file}.${process.pid}.exit.tmp`
    const fd = fs.openSync(sync, 'w')
    try {
      for (const doc of exportOrder(this.documents())) fs.writeSync(fd, lineOf(doc))
    } finally {
      fs.closeSync(fd)
    }
    fs.renameSync(sync, this.file)
    this.pending = false
    this.writes += 1
  }

  private start(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    if (this.running) return
    this.running = this.write()
      .catch((error: Error) => {
        this.pending = true
        this.failure = error
        this.onError(error)
      })
      .finally(() => {
        this.running = undefined
        if (this.pending && !this.failure) this.schedule()
      })
  }

  private async write(): Promise<void> {
    this.pending = false
    // The documents as they are now; a commit made while this write runs sets `pending` again.
    const ordered = exportOrder(this.documents())
    const buffers: Buffer[] = []
    for (const [index, doc] of ordered.entries()) {
      buffers.push(lineOf(doc))
      if (index % YIELD_EVERY === YIELD_EVERY - 1) await nextTick()
    }
    await pipeline(Readable.from(buffers, {objectMode: false}), fs.createWriteStream(this.temp))
    await fs.promises.rename(this.temp, this.file)
    this.writes += 1
    // An earlier failure is behind us: the file now holds everything it missed.
    this.failure = undefined
  }
}

import fs from 'node:fs'
import path from 'node:path'
import {parseNdjson, type SnapshotDocument} from '../../lib/content/snapshot-source'
import {exportOrder} from '../../lib/content/sync/plan-import'

export function datasetFile(dir: string): string {
  return path.join(dir, 'data.ndjson')
}

export function readDataset(dir: string): SnapshotDocument[] {
  const file = datasetFile(dir)
  return parseNdjson(fs.readFileSync(file, 'utf8'), file)
}

/** The file `content:export` would write for these documents: same order, same bytes. */
export function serializeDataset(documents: SnapshotDocument[]): string {
  return (
    exportOrder(documents)
      .map((doc) => JSON.stringify(doc))
      .join('\n') + '\n'
  )
}

/** Temp file and rename, so a crash mid-write never leaves a half-written dataset behind. */
export function writeDataset(dir: string, documents: SnapshotDocument[]): void {
  const file = datasetFile(dir)
  const temp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temp, serializeDataset(documents))
  fs.renameSync(temp, file)
}

import path from 'node:path'
import {withScheduleRule} from './live-filter'
import type {Perspective, QueryParams} from './perspective'
import {evaluateIndexed} from './snapshot/evaluate-indexed'
import {narrowedTree} from './snapshot/query-trees'
import {loadSnapshot, type LoadStats} from './snapshot/snapshot-store'
import {reparseLines} from './snapshot/reparse-lines'
import type {SnapshotDocument} from './snapshot/document'

// The bundled snapshot as a content source: the same GROQ as Content Lake, evaluated with groq-js
// over documents parsed once and indexed (lib/content/snapshot/ says how).

export type {SnapshotDocument}
export {overlayDrafts} from './snapshot/overlay-drafts'

export function snapshotDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_SNAPSHOT_DIR || path.join(process.cwd(), 'sanity', 'dataset'))
}

export function snapshotFile(dir = snapshotDir()): string {
  return path.join(dir, 'data.ndjson')
}

export function parseNdjson(text: string, source: string): SnapshotDocument[] {
  return reparseLines(Buffer.from(text, 'utf8'), source).documents
}

/** A hash of the snapshot file's content: changes with every publish, restore or pull. */
export async function snapshotVersion(): Promise<string> {
  return (await loadSnapshot(snapshotFile())).version
}

/** What the last (re)load of the snapshot cost: documents parsed again and reused, in ms. */
export async function snapshotLoadStats(): Promise<LoadStats> {
  return (await loadSnapshot(snapshotFile())).stats
}

export async function querySnapshot<T>(query: string, queryParams: QueryParams, perspective: Perspective): Promise<T> {
  const params = withScheduleRule(queryParams, perspective)
  const snapshot = await loadSnapshot(snapshotFile())
  return evaluateIndexed<T>(narrowedTree(query, params), snapshot.index(perspective), params)
}

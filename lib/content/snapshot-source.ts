import {createHash} from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import {evaluate, parse} from 'groq-js'
import {withScheduleRule} from './live-filter'
import type {Perspective, QueryParams} from './perspective'

export type SnapshotDocument = {_id: string; _type: string; [field: string]: unknown}

type LoadedSnapshot = {key: string; version: string; published: SnapshotDocument[]; drafts: SnapshotDocument[]}

const DRAFT_PREFIX = 'drafts.'
let loaded: LoadedSnapshot | undefined

export function snapshotDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_SNAPSHOT_DIR || path.join(process.cwd(), 'sanity', 'dataset'))
}

export function snapshotFile(dir = snapshotDir()): string {
  return path.join(dir, 'data.ndjson')
}

export function parseNdjson(text: string, source: string): SnapshotDocument[] {
  return text
    .split('\n')
    .map((line, index) => ({line: line.trim(), index}))
    .filter(({line}) => line !== '')
    .map(({line, index}) => {
      const doc = JSON.parse(line) as SnapshotDocument
      if (typeof doc._id !== 'string' || typeof doc._type !== 'string') {
        throw new Error(`${source}:${index + 1}: document without _id or _type`)
      }
      return doc
    })
}

// Sanity's "drafts" perspective: each draft replaces its published version under the published id,
// and draft-only documents appear too.
export function overlayDrafts(documents: SnapshotDocument[]): SnapshotDocument[] {
  const byId = new Map<string, SnapshotDocument>()
  for (const doc of documents) if (!doc._id.startsWith(DRAFT_PREFIX)) byId.set(doc._id, doc)
  for (const doc of documents) {
    if (!doc._id.startsWith(DRAFT_PREFIX)) continue
    const publishedId = doc._id.slice(DRAFT_PREFIX.length)
    byId.set(publishedId, {...doc, _id: publishedId, _originalId: doc._id})
  }
  return [...byId.values()]
}

async function loadSnapshot(): Promise<LoadedSnapshot> {
  const file = snapshotFile()
  // The file is re-read when it changes, so a local "publish" is picked up without a restart.
  const stat = await fs.stat(/*turbopackIgnore: true*/ file)
  const key = `${file}:${stat.mtimeMs}:${stat.size}`
  if (loaded?.key === key) return loaded
  const text = await fs.readFile(/*turbopackIgnore: true*/ file, 'utf8')
  const documents = parseNdjson(text, file)
  loaded = {
    key,
    version: createHash('sha256').update(text).digest('base64url').slice(0, 22),
    published: documents.filter((doc) => !doc._id.startsWith(DRAFT_PREFIX)),
    drafts: overlayDrafts(documents),
  }
  return loaded
}

/** A hash of the snapshot file's content: changes with every publish, restore or pull. */
export async function snapshotVersion(): Promise<string> {
  return (await loadSnapshot()).version
}

export async function querySnapshot<T>(query: string, queryParams: QueryParams, perspective: Perspective): Promise<T> {
  const params = withScheduleRule(queryParams, perspective)
  const snapshot = await loadSnapshot()
  const dataset = perspective === 'drafts' ? snapshot.drafts : snapshot.published
  const result = await evaluate(parse(query, {params}), {dataset, params})
  return (await result.get()) as T
}

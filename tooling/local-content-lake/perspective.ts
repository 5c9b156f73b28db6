import {overlayDrafts} from '../../lib/content/snapshot-source'
import {badRequest} from './errors'
import {isPublishedId, VERSIONS_PREFIX} from './ids'
import type {LakeDocument} from './store'

export type Caller = {kind: 'editor'; userId: string} | {kind: 'anonymous'}

// API versions from this date on default to the published perspective; older ones to raw.
const PUBLISHED_DEFAULT_SINCE = '2025-02-19'

/** `raw`, `published`, `drafts` (`previewDrafts` is its old name) or a stack of release names ending in drafts. */
export function parsePerspective(value: string | null, apiVersion: string): string[] {
  const fallback = apiVersion >= PUBLISHED_DEFAULT_SINCE ? 'published' : 'raw'
  const layers = (value || fallback)
    .split(',')
    .map((layer) => layer.trim())
    .filter(Boolean)
    .map((layer) => (layer === 'previewDrafts' ? 'drafts' : layer))
  if (layers.length === 0) return [fallback]
  if (layers.length > 1 && layers.includes('raw'))
    throw badRequest('The raw perspective cannot be combined with others')
  return layers
}

/**
 * What a caller may read. Like Content Lake, a public dataset shows anonymous callers only documents
 * whose id has no dot: drafts, versions and "path" ids such as `post.<slug>` (the starter content's
 * ids) need a token. This is why the site in Sanity mode reads with SANITY_API_READ_TOKEN.
 */
export function readableDocuments(documents: LakeDocument[], caller: Caller): LakeDocument[] {
  return caller.kind === 'editor' ? documents : documents.filter((doc) => !doc._id.includes('.'))
}

/** The documents a query sees through a perspective: later layers lie under earlier ones. */
export function documentsInPerspective(documents: LakeDocument[], layers: string[]): LakeDocument[] {
  if (layers[0] === 'raw') return documents
  const base = layers.includes('drafts')
    ? overlayDrafts(documents)
    : documents.filter((doc) => isPublishedId(doc._id))
  const byId = new Map(base.map((doc) => [doc._id, doc as LakeDocument]))
  const releases = layers.filter((layer) => layer !== 'drafts' && layer !== 'published').reverse()
  for (const release of releases) {
    const prefix = `${VERSIONS_PREFIX}${release}.`
    for (const doc of documents) {
      if (!doc._id.startsWith(prefix)) continue
      const publishedId = doc._id.slice(prefix.length)
      byId.set(publishedId, {...doc, _id: publishedId, _originalId: doc._id})
    }
  }
  return [...byId.values()]
}

export function canReadId(id: string, caller: Caller): boolean {
  return caller.kind === 'editor' || !id.includes('.')
}

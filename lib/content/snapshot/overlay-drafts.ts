import {DRAFT_PREFIX, type SnapshotDocument} from './document'

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

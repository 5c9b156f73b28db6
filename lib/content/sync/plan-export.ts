import type {SnapshotDocument} from '../snapshot-source'
import {exportOrder, sameContent} from './plan-import'

// Host-specific: the snapshot serves its files from `path`, whatever host the dataset lived on.
const MACHINE_FIELDS = ['url']

function withoutMachineFields(doc: SnapshotDocument): SnapshotDocument {
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !MACHINE_FIELDS.includes(key))) as SnapshotDocument
}

/**
 * The snapshot an export writes, given the dataset's documents and the snapshot already on disk.
 * A dataset sets its own `_rev`, `_createdAt` and `_updatedAt` on import, so a document whose
 * content did not change keeps its line exactly as it was (and its place in the file); an asset is
 * unchanged when its id is, because Sanity names assets by the SHA-1 of their bytes. Changed
 * documents take the dataset's version in their old place; new ones follow in export order;
 * documents no longer in the dataset are dropped. So exporting what was imported gives back the
 * same bytes, and an edit shows in `git diff` as exactly the documents that changed.
 */
export function planExport(dataset: SnapshotDocument[], current: SnapshotDocument[]): SnapshotDocument[] {
  const fromDataset = new Map(dataset.map((doc) => [doc._id, withoutMachineFields(doc)]))
  const kept: SnapshotDocument[] = []
  for (const old of current) {
    const now = fromDataset.get(old._id)
    if (!now) continue
    fromDataset.delete(old._id)
    const unchanged = old._type === 'sanity.imageAsset' ? now._type === old._type : sameContent(old, now)
    kept.push(unchanged ? old : now)
  }
  return [...kept, ...exportOrder([...fromDataset.values()])]
}

import type {SnapshotDocument} from '../snapshot-source'

// Fields the Content Lake sets itself; comparing them would make every import look like a change.
const SYSTEM_FIELDS = new Set(['_rev', '_createdAt', '_updatedAt'])

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key, v]) => !SYSTEM_FIELDS.has(key) && v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, v]) => [key, canonical(v)]),
    )
  }
  return value
}

export function sameContent(a: SnapshotDocument, b: SnapshotDocument): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}

export type ImportPlan = {
  assets: SnapshotDocument[]
  write: SnapshotDocument[]
  unchanged: string[]
}

/**
 * What `content:import` must do so that a dataset matches the snapshot: upload assets the dataset
 * lacks, write documents that differ, leave the rest alone (so a second run changes nothing).
 */
export function planImport(snapshot: SnapshotDocument[], existing: SnapshotDocument[]): ImportPlan {
  const current = new Map(existing.map((doc) => [doc._id, doc]))
  const plan: ImportPlan = {assets: [], write: [], unchanged: []}
  for (const doc of snapshot) {
    const there = current.get(doc._id)
    if (doc._type === 'sanity.imageAsset') {
      if (!there) plan.assets.push(doc)
      else plan.unchanged.push(doc._id)
    } else if (there && sameContent(doc, there)) {
      plan.unchanged.push(doc._id)
    } else {
      plan.write.push(doc)
    }
  }
  return plan
}

/** Documents in the order an export writes them, so that re-exporting unchanged content gives the same file. */
export function exportOrder(documents: SnapshotDocument[]): SnapshotDocument[] {
  return [...documents].sort((a, b) => a._type.localeCompare(b._type) || a._id.localeCompare(b._id))
}

import fs from 'node:fs'
import {exportOrder, planImport} from '@/lib/content/sync/plan-import'
import {parseNdjson, snapshotFile, type SnapshotDocument} from '@/lib/content/snapshot-source'

const snapshot = parseNdjson(fs.readFileSync(snapshotFile(), 'utf8'), 'snapshot')

// Applies a plan to an in-memory dataset the way the Content Lake would (it sets system fields).
function apply(dataset: Map<string, SnapshotDocument>, plan: ReturnType<typeof planImport>) {
  for (const doc of [...plan.assets, ...plan.write]) {
    dataset.set(doc._id, {...doc, _rev: 'server-rev', _updatedAt: '2026-11-25T00:00:00Z'})
  }
}

describe('content:import plan', () => {
  it('writes everything into an empty dataset, then nothing on a second run', () => {
    const dataset = new Map<string, SnapshotDocument>()
    const first = planImport(snapshot, [...dataset.values()])
    expect(first.write.length + first.assets.length).toBe(snapshot.length)
    apply(dataset, first)
    const second = planImport(snapshot, [...dataset.values()])
    expect(second.write).toEqual([])
    expect(second.assets).toEqual([])
    expect(second.unchanged.length).toBe(snapshot.length)
  })

  it('rewrites only the documents that differ', () => {
    const dataset = new Map(snapshot.map((doc) => [doc._id, doc]))
    const post = snapshot.find((doc) => doc._type === 'post')!
    dataset.set(post._id, {...post, title: 'Edited in the Studio'})
    const plan = planImport(snapshot, [...dataset.values()])
    expect(plan.write.map((doc) => doc._id)).toEqual([post._id])
  })

  it('orders an export deterministically', () => {
    const shuffled = [...snapshot].reverse()
    expect(exportOrder(shuffled).map((d) => d._id)).toEqual(exportOrder(snapshot).map((d) => d._id))
  })
})

import fs from 'node:fs'
import {planExport} from '@/lib/content/sync/plan-export'
import {parseNdjson, snapshotFile, type SnapshotDocument} from '@/lib/content/snapshot-source'

const text = fs.readFileSync(snapshotFile(), 'utf8')
const snapshot = parseNdjson(text, 'snapshot')
const serialise = (docs: SnapshotDocument[]) => docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n'

// What a dataset gives back after an import: its own system fields, its own order, asset URLs.
function asImported(docs: SnapshotDocument[]): SnapshotDocument[] {
  return [...docs].reverse().map((doc) => ({
    ...doc,
    _rev: 'lake-rev',
    _createdAt: '2026-12-03T00:00:00Z',
    _updatedAt: '2026-12-03T00:00:00Z',
    ...(doc._type === 'sanity.imageAsset' ? {url: `https://localhost:3999/images/local/production/${doc._id}.svg`} : {}),
  }))
}

describe('content:export plan', () => {
  it('gives back the snapshot byte for byte when nothing changed', () => {
    expect(serialise(planExport(asImported(snapshot), snapshot))).toBe(text)
  })

  it('replaces a changed document in its place, appends new ones and drops deleted ones', () => {
    const dataset = asImported(snapshot)
    const post = dataset.find((doc) => doc._id === 'post.can-you-close-pores-permanently')!
    post.title = 'Edited in the Studio'
    const added = {_id: 'post.new-one', _type: 'post', title: 'New'}
    const gone = 'post.pore-strips-steam-and-ice'
    const result = planExport([...dataset.filter((doc) => doc._id !== gone), added], snapshot)
    const ids = result.map((doc) => doc._id)
    expect(ids).not.toContain(gone)
    expect(ids.at(-1)).toBe('post.new-one')
    const index = snapshot.findIndex((doc) => doc._id === post._id)
    expect(ids.indexOf(post._id)).toBe(index)
    expect(result[index]).toMatchObject({title: 'Edited in the Studio', _rev: 'lake-rev'})
    const unchanged = result.filter((doc) => doc._id !== post._id && doc._id !== 'post.new-one')
    expect(unchanged.every((doc) => doc._rev !== 'lake-rev')).toBe(true)
  })

  it('writes no host-specific asset URL for a new asset', () => {
    const asset = {_id: 'image-abc-10x10-svg', _type: 'sanity.imageAsset', url: 'https://localhost:3999/images/x.svg', path: 'images/abc-10x10.svg'}
    const [written] = planExport([asset], [])
    expect(written).not.toHaveProperty('url')
    expect(written).toHaveProperty('path', 'images/abc-10x10.svg')
  })
})

import fs from 'node:fs'
import {runQuery} from '@/lib/content/source'
import {parseNdjson, snapshotFile} from '@/lib/content/snapshot-source'

const documents = parseNdjson(fs.readFileSync(snapshotFile(), 'utf8'), 'snapshot')
const drafts = documents.filter((doc) => doc._id.startsWith('drafts.'))

describe('drafts in the snapshot', () => {
  it('the snapshot carries drafts to test against', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(2)
  })

  it('never appear in published reads', async () => {
    const ids = await runQuery<string[]>('*[]._id')
    expect(ids.filter((id) => id.startsWith('drafts.'))).toEqual([])
    const titles = await runQuery<string[]>('*[_type == "post"].title')
    for (const draft of drafts) {
      const published = documents.find((doc) => doc._id === draft._id.slice('drafts.'.length))
      if (draft.title !== published?.title) expect(titles).not.toContain(draft.title)
    }
  })

  it('overlay published documents in the drafts perspective', async () => {
    for (const draft of drafts) {
      const id = draft._id.slice('drafts.'.length)
      const overlaid = await runQuery<{_id: string; title?: string} | null>('*[_id == $id][0]{_id, title}', {id}, 'drafts')
      expect(overlaid).toEqual({_id: id, title: draft.title})
    }
    const draftIds = await runQuery<string[]>('*[]._id', {}, 'drafts')
    expect(draftIds.filter((id) => id.startsWith('drafts.'))).toEqual([])
  })
})

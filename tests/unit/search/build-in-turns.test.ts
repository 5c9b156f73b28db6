import {searchDocumentsFrom} from '@/lib/search/documents'
import {runSearch} from '@/lib/search/run-search'
import {buildSearchIndex, createSearchIndex, updateSearchIndex} from '@/lib/search/search-index'
import {content, post, treatment} from './fixtures'

const site = content({
  posts: Array.from({length: 12}, (_, i) =>
    post(`post-${i}`, {title: i % 3 === 0 ? `Retinol guide ${i}` : `Skin notes ${i}`, body: `Retinol and sunscreen, part ${i}. Cleansing twice a day.`}),
  ),
  treatments: [treatment('chemical-peel', {name: 'Chemical peel', downtime: 'Two to five days of peeling.'})],
})

describe('building a first index in turns', () => {
  it('lets other work run between turns', async () => {
    const order: string[] = []
    setImmediate(() => order.push('other work'))
    const built = buildSearchIndex(searchDocumentsFrom(site), 2).then(() => order.push('index built'))
    await built
    expect(order).toEqual(['other work', 'index built'])
  })

  it('gives the same index as building it at once', async () => {
    const docs = searchDocumentsFrom(site)
    const inTurns = await buildSearchIndex(docs, 5)
    const atOnce = createSearchIndex()
    updateSearchIndex(atOnce, docs)
    for (const query of ['retinol', 'cleanse', 'downtime of a chemical peel', 'salicilic']) {
      expect(runSearch(inTurns, query, [])).toEqual(runSearch(atOnce, query, []))
    }
    expect(inTurns.documents.size).toBe(docs.length)
    expect(docs.length).toBeGreaterThanOrEqual(13)
    expect([...inTurns.vocabulary]).toEqual([...atOnce.vocabulary])
  })

  it('can be updated after a publish like any index', async () => {
    const docs = searchDocumentsFrom(site)
    const index = await buildSearchIndex(docs)
    const changed = docs.map((d) => (d.id === 'post.post-1' ? {...d, title: 'Azelaic acid explained'} : d))
    expect(updateSearchIndex(index, changed)).toEqual({added: 0, changed: 1, removed: 0})
    expect(runSearch(index, 'azelaic', []).hits.map((h) => h.title)).toEqual(['Azelaic acid explained'])
  })
})

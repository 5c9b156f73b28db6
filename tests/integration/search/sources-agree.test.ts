import type {SanityClient} from '@sanity/client'
import {searchDocumentsQuery, searchVersionQuery, type SearchDocuments} from '@/lib/content/search-documents'
import {querySnapshot} from '@/lib/content/snapshot-source'
import {searchDocumentsFrom} from '@/lib/search/documents'
import {runSearch} from '@/lib/search/run-search'
import {createSearchIndex, updateSearchIndex} from '@/lib/search/search-index'
import {synonymGroupsFrom} from '@/lib/search/synonyms'
import {lakeClient, startTestLake, type TestLake} from '../local-content-lake/lake-fixture'

// The English edition, as the site's search reads it.
const EN = {language: 'en'}

// The same starter content served by the local Content Lake and read from the bundled snapshot:
// the search getters' query answers the same, so the index and every result are the same.
let lake: TestLake
let client: SanityClient
beforeAll(async () => {
  lake = await startTestLake()
  client = lakeClient(lake, 'published')
})
afterAll(async () => {
  await lake.close()
})

function searcher(content: SearchDocuments) {
  const index = createSearchIndex()
  updateSearchIndex(index, searchDocumentsFrom(content))
  const synonyms = synonymGroupsFrom(content.clinic?.searchSynonyms)
  return (query: string) => runSearch(index, query, synonyms)
}

describe('search from the Content Lake and from the snapshot', () => {
  it('gets the same documents and version from both', async () => {
    const [fromLake, fromSnapshot] = await Promise.all([
      client.fetch<SearchDocuments>(searchDocumentsQuery, EN),
      querySnapshot<SearchDocuments>(searchDocumentsQuery, EN, 'published'),
    ])
    expect(fromLake.posts.length).toBeGreaterThan(5)
    expect(fromLake).toEqual(fromSnapshot)
    expect(await client.fetch(searchVersionQuery, EN)).toEqual(await querySnapshot(searchVersionQuery, EN, 'published'))
  })

  it('ranks and marks the same results for the same queries', async () => {
    const lakeSearch = searcher(await client.fetch<SearchDocuments>(searchDocumentsQuery, EN))
    const snapshotSearch = searcher(await querySnapshot<SearchDocuments>(searchDocumentsQuery, EN, 'published'))
    for (const query of ['salicilic', 'sunblock', 'how long is the downtime after laser', 'opening hours', 'comedones']) {
      const fromLake = lakeSearch(query)
      expect(fromLake.total).toBeGreaterThan(0)
      expect(fromLake).toEqual(snapshotSearch(query))
    }
  })
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {runQuery} from '@/lib/content/source'
import {searchDocumentsQuery, searchVersionQuery, SEARCH_TAGS, type SearchDocuments} from '@/lib/content/search-documents'
import {contentLookup, tagsForDocument} from '@/lib/publishing/tags-for-document'
import type {ChangedDocument} from '@/lib/content'
import {searchDocumentsFrom} from '@/lib/search/documents'
import {runSearch} from '@/lib/search/run-search'
import {createSearchIndex, updateSearchIndex} from '@/lib/search/search-index'

// How a publish reaches search. The server keeps one index and reads the content version through
// the content getters under SEARCH_TAGS; the webhook clears tags. So (1) every publish that can
// change a result must clear one of those tags, and (2) a changed version must bring the index to
// the new content by re-indexing only what changed. The production build's path end to end is in
// tests/e2e/journeys/search.mjs.

const GUIDE = 'post.can-you-close-pores-permanently'
let dir: string
const previousDir = process.env.CONTENT_SNAPSHOT_DIR

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-freshness-'))
  fs.copyFileSync(path.join(process.cwd(), 'sanity/dataset/data.ndjson'), path.join(dir, 'data.ndjson'))
  process.env.CONTENT_SNAPSHOT_DIR = dir
})
afterAll(() => {
  process.env.CONTENT_SNAPSHOT_DIR = previousDir
  fs.rmSync(dir, {recursive: true, force: true})
})

/** Publishes a change to the working copy as Content Lake would: new _updatedAt, or the document gone. */
function publishChange(id: string, change: ((doc: Record<string, unknown>) => void) | 'delete') {
  const file = path.join(dir, 'data.ndjson')
  const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n')
  const next = lines.flatMap((line) => {
    const doc = JSON.parse(line) as Record<string, unknown>
    if (doc._id !== id) return [line]
    if (change === 'delete') return []
    change(doc)
    doc._updatedAt = new Date().toISOString()
    return [JSON.stringify(doc)]
  })
  fs.writeFileSync(file, `${next.join('\n')}\n`)
}

const version = async () => JSON.stringify(await runQuery(searchVersionQuery, {language: 'en'}, 'published'))
const documents = async () => searchDocumentsFrom(await runQuery<SearchDocuments>(searchDocumentsQuery, {language: 'en'}, 'published'))

describe('search after a publish', () => {
  it.each<ChangedDocument>([
    {_id: GUIDE, _type: 'post', slug: 'can-you-close-pores-permanently', operation: 'update'},
    {_id: 'post.brand-new', _type: 'post', slug: 'brand-new', operation: 'create'},
    {_id: GUIDE, _type: 'post', slug: null, before: {slug: 'can-you-close-pores-permanently'}, operation: 'delete'},
    {_id: 'treatment.chemical-peel', _type: 'treatment', slug: 'chemical-peel', operation: 'update'},
    {_id: 'category.skin-care', _type: 'category', slug: 'skin-care', operation: 'update'},
    {_id: 'clinicSettings', _type: 'clinicSettings', operation: 'update'},
  ] as ChangedDocument[])('a $_type $operation clears a tag the search getters carry', async (doc) => {
    const tags = await tagsForDocument(doc, contentLookup(runQuery))
    expect(tags.filter((tag) => SEARCH_TAGS.includes(tag))).not.toEqual([])
  })

  it('a person change clears none of them (people are not searched)', async () => {
    const tags = await tagsForDocument({_id: 'person.alex-demo', _type: 'person', slug: 'alex-demo'} as ChangedDocument, contentLookup(runQuery))
    expect(tags.filter((tag) => SEARCH_TAGS.includes(tag))).toEqual([])
  })

  it('a changed title: the version moves, one document is re-indexed, results show the new title', async () => {
    const index = createSearchIndex()
    expect(updateSearchIndex(index, await documents())).toMatchObject({changed: 0, removed: 0})
    const before = await version()
    expect(runSearch(index, 'permanently', []).hits[0]?.id).toBe(GUIDE)

    publishChange(GUIDE, (doc) => (doc.title = 'Pore size explained: zanzibarian myths'))
    expect(await version()).not.toBe(before)
    expect(updateSearchIndex(index, await documents())).toEqual({added: 0, changed: 1, removed: 0})
    const [hit] = runSearch(index, 'zanzibarian', []).hits
    expect(hit).toMatchObject({id: GUIDE, title: 'Pore size explained: zanzibarian myths'})
    expect(runSearch(index, 'permanently', []).hits.map((h) => h.title)).not.toContain('Can You Close Pores Permanently? What Actually Helps')
  })

  it('a deleted post: the version moves and the post leaves the index', async () => {
    const index = createSearchIndex()
    updateSearchIndex(index, await documents())
    const before = await version()
    publishChange('post.sunscreen-in-a-tropical-climate', 'delete')
    expect(await version()).not.toBe(before)
    expect(updateSearchIndex(index, await documents())).toEqual({added: 0, changed: 0, removed: 1})
    expect(runSearch(index, 'sunscreen tropical climate', []).hits.map((h) => h.id)).not.toContain('post.sunscreen-in-a-tropical-climate')
  })

  it('synonyms edited in Clinic settings apply to the next search', async () => {
    publishChange('clinicSettings', (doc) => (doc.searchSynonyms = [{_key: 'a', terms: ['zits', 'blackheads']}]))
    const content = await runQuery<SearchDocuments>(searchDocumentsQuery, {language: 'en'}, 'published')
    expect(content.clinic?.searchSynonyms).toEqual([{terms: ['zits', 'blackheads']}])
  })
})

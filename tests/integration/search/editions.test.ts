import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {runQuery} from '@/lib/content/source'
import {searchDocumentsQuery, type SearchDocuments} from '@/lib/content/search-documents'
import type {Locale} from '@/lib/i18n/locales'
import {searchDocumentsFrom} from '@/lib/search/documents'
import {runSearch} from '@/lib/search/run-search'
import {createSearchIndex, updateSearchIndex, type SearchIndex} from '@/lib/search/search-index'
import {synonymGroupsFrom} from '@/lib/search/synonyms'

// The bundled starter content in both editions, through the snapshot source and the query the site
// runs: Chinese search finds the Chinese pages, and English search finds exactly what it found
// before the Chinese documents were added (compared with a copy of the dataset without them).
const DATASET = path.join(process.cwd(), 'sanity/dataset/data.ndjson')
const previousDir = process.env.CONTENT_SNAPSHOT_DIR
let englishOnlyDir: string

beforeAll(() => {
  englishOnlyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-editions-'))
  const lines = fs.readFileSync(DATASET, 'utf8').split('\n').filter((line) => line.trim())
  const english = lines.filter((line) => {
    const doc = JSON.parse(line) as {_type: string; language?: string}
    return doc._type !== 'translation.metadata' && (doc.language ?? 'en') === 'en'
  })
  expect(english.length).toBeLessThan(lines.length)
  fs.writeFileSync(path.join(englishOnlyDir, 'data.ndjson'), `${english.join('\n')}\n`)
})
// Assigning undefined to process.env stores the string "undefined".
const pointSnapshotAt = (dir: string | undefined) => {
  if (dir === undefined) delete process.env.CONTENT_SNAPSHOT_DIR
  else process.env.CONTENT_SNAPSHOT_DIR = dir
}

afterAll(() => {
  pointSnapshotAt(previousDir)
  fs.rmSync(englishOnlyDir, {recursive: true, force: true})
})

async function searcher(locale: Locale, dir?: string) {
  pointSnapshotAt(dir ?? previousDir)
  const content = await runQuery<SearchDocuments>(searchDocumentsQuery, {language: locale}, 'published')
  pointSnapshotAt(previousDir)
  const index: SearchIndex = createSearchIndex(locale)
  const docs = searchDocumentsFrom(content, locale)
  updateSearchIndex(index, docs)
  const synonyms = synonymGroupsFrom(content.clinic?.searchSynonyms, index.analyzer)
  return {index, docs, search: (query: string) => runSearch(index, query, synonyms)}
}

describe('search in each edition of the starter content', () => {
  it('finds the Chinese pore guide first for 毛孔, linked under /zh', async () => {
    const zh = await searcher('zh-Hans')
    const result = zh.search('毛孔')
    expect(result.hits[0]).toMatchObject({id: 'post.can-you-close-pores-permanently.zh-Hans', url: '/zh/blog/can-you-close-pores-permanently'})
    expect(result.hits[0].snippet.some((p) => p.marked && p.text.includes('毛孔'))).toBe(true)
    for (const query of ['毛孔', '黑头', '毛孔粗大怎么办', '果酸', '激光', '微针', '防晒']) {
      for (const hit of zh.search(query).hits) expect(hit.url).toMatch(/^\/zh\//)
    }
  })

  it('finds the Chinese clinic page by its opening hours, with Chinese day names', async () => {
    const hit = (await searcher('zh-Hans')).search('营业时间').hits[0]
    expect(hit).toMatchObject({kind: 'clinic', url: '/zh/clinic', category: '诊所'})
    expect(hit.snippet.map((p) => p.text).join('')).toMatch(/^营业时间：星期一/)
  })

  it('indexes only Chinese documents in the Chinese edition and only English ones in the English edition', async () => {
    const [zh, en] = await Promise.all([searcher('zh-Hans'), searcher('en')])
    expect(zh.docs.length).toBeGreaterThanOrEqual(5)
    expect(zh.docs.every((d) => d.language === 'zh-Hans' && d.url.startsWith('/zh/'))).toBe(true)
    expect(en.docs.every((d) => d.language === 'en' && !d.url.startsWith('/zh') && !d.id.endsWith('.zh-Hans'))).toBe(true)
  })

  it('gives English searches the same results and counts as before the Chinese documents', async () => {
    const now = await searcher('en')
    const before = await searcher('en', englishOnlyDir)
    for (const query of ['pores', 'blackheads', 'chemical peel', 'salicilic', 'how long is the downtime after laser', 'sunblock', 'opening hours', '毛孔', 'acne scars']) {
      const a = now.search(query)
      const b = before.search(query)
      expect({query, total: a.total, ids: a.hits.map((h) => h.id)}).toEqual({query, total: b.total, ids: b.hits.map((h) => h.id)})
    }
  })
})

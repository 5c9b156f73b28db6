// Compares three ways of indexing Chinese: segmenter words only, character pairs only, and both
// (what lib/search does), on two corpora: the test corpus (chinese-fixtures.ts plus three
// distractors that share characters with the right pages) and the Chinese starter content in the
// bundled snapshot. For each query: are all the expected pages found, is one of them first, and
// how many other pages are listed. Not a test; figures for lib/search/README.md.
// Run: npx tsx --conditions=react-server --tsconfig tsconfig.json tests/unit/search/chinese-tokenizers.measure.ts
import MiniSearch from 'minisearch'
import type {SearchDocuments} from '@/lib/content/search-documents'
import {querySnapshot} from '@/lib/content/snapshot-source'
import {searchDocumentsQuery} from '@/lib/content/search-documents'
import {ANALYZERS} from '@/lib/search/analyzer'
import {searchDocumentsFrom, type SearchDocument} from '@/lib/search/documents'
import {FIELD_BOOST} from '@/lib/search/search-index'
import {chineseContent, GUIDE_ID} from './chinese-fixtures'

const zh = ANALYZERS['zh-Hans']
const segmenter = new Intl.Segmenter('zh', {granularity: 'word'})
const STRATEGIES: Record<string, (text: string) => string[]> = {
  'segmenter words': (text) => [...segmenter.segment(text)].filter((p) => p.isWordLike).map((p) => p.segment),
  // Two-character segments are pairs too; longer segmenter words are left out.
  'character pairs': (text) => zh.wordsOf(text).map((w) => w.word).filter((w) => !/^\p{Script=Han}+$/u.test(w) || Array.from(w).length <= 2),
  'words and pairs': (text) => zh.wordsOf(text).map((w) => w.word),
}

function measure(corpus: string, docs: SearchDocument[], expected: Record<string, string[]>) {
  const queries = Object.keys(expected).length
  for (const [name, tokenize] of Object.entries(STRATEGIES)) {
    const engine = new MiniSearch({fields: Object.keys(FIELD_BOOST), tokenize, processTerm: zh.processTerm, searchOptions: {boost: {...FIELD_BOOST}, processTerm: zh.processTerm}})
    engine.addAll(docs)
    let found = 0
    let first = 0
    let others = 0
    const missed: string[] = []
    for (const [query, want] of Object.entries(expected)) {
      const ids = engine.search(query).map((r) => String(r.id))
      const all = want.every((id) => ids.includes(id))
      found += all ? 1 : 0
      first += want.includes(ids[0]) ? 1 : 0
      others += ids.filter((id) => !want.includes(id)).length
      if (!all || !want.includes(ids[0])) missed.push(query)
    }
    console.log(`${corpus} | ${name}: all expected found ${found}/${queries}, expected first ${first}/${queries}, other pages listed ${others}${missed.length ? ` (not right: ${missed.join(' ')})` : ''}`)
  }
}

async function main() {
  const fixtures = chineseContent()
  fixtures.posts.push(
    {_id: 'd1', title: '头发与黑色素', slug: 'd1', excerpt: null, headings: '', categories: [], body: '白头发是黑色素减少的结果。头皮护理的作用不可忽视。'},
    {_id: 'd2', title: '外用药的副作用', slug: 'd2', excerpt: null, headings: '', categories: [], body: '维A酸类药物常见的副作用是干燥和脱皮。'},
    {_id: 'd3', title: '苹果酸与柠檬酸', slug: 'd3', excerpt: null, headings: '', categories: [], body: '苹果酸、柠檬酸和乳酸都属于果酸家族，含水量高的面霜更滋润。'},
  )
  measure('test corpus', searchDocumentsFrom(fixtures, 'zh-Hans'), {
    毛孔: [GUIDE_ID],
    黑头: [GUIDE_ID],
    果酸: ['treatment.chemical-peel.zh-Hans'],
    水杨酸: [GUIDE_ID],
    微针: ['treatment.microneedling.zh-Hans'],
    激光: ['treatment.laser.zh-Hans'],
    防晒: [GUIDE_ID, 'treatment.chemical-peel.zh-Hans'],
    毛孔粗大怎么办: [GUIDE_ID],
    痘痘: ['post.acne-basics.zh-Hans'],
    副作用: ['d2'],
    含水杨酸: [GUIDE_ID],
    胶原: ['treatment.laser.zh-Hans', 'treatment.microneedling.zh-Hans', GUIDE_ID],
  })

  const starter = await querySnapshot<SearchDocuments>(searchDocumentsQuery, {language: 'zh-Hans', includeScheduled: false}, 'published')
  measure('starter content', searchDocumentsFrom(starter, 'zh-Hans'), {
    毛孔: [GUIDE_ID],
    黑头: ['treatment.medical-extraction-facial.zh-Hans', GUIDE_ID, 'treatment.chemical-peel.zh-Hans'],
    果酸: [GUIDE_ID],
    水杨酸: ['treatment.chemical-peel.zh-Hans', GUIDE_ID],
    微针: ['treatment.microneedling.zh-Hans'],
    激光: ['treatment.fractional-laser-resurfacing.zh-Hans'],
    防晒: [GUIDE_ID, 'treatment.chemical-peel.zh-Hans'],
    毛孔粗大怎么办: [GUIDE_ID],
    换肤: ['treatment.chemical-peel.zh-Hans', 'treatment.fractional-laser-resurfacing.zh-Hans'],
    痘疤: ['treatment.microneedling.zh-Hans', 'treatment.fractional-laser-resurfacing.zh-Hans'],
  })
}

void main()

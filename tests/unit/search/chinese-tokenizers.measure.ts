// Compares three ways of indexing Chinese on the test corpus (chinese-fixtures.ts plus three
// distractors): segmenter words only, character pairs only, and both (what lib/search does).
// Run: npx tsx --tsconfig tsconfig.json tests/unit/search/chinese-tokenizers.measure.ts
import MiniSearch from 'minisearch'
import {ANALYZERS} from '@/lib/search/analyzer'
import {searchDocumentsFrom} from '@/lib/search/documents'
import {chineseContent} from './chinese-fixtures'

const zh = ANALYZERS['zh-Hans']
const seg = new Intl.Segmenter('zh', {granularity: 'word'})
const segOnly = (t: string) => [...seg.segment(t)].filter((p) => p.isWordLike).map((p) => p.segment)
const pairsOnly = (t: string) => zh.wordsOf(t).map((w) => w.word).filter((w) => !/^\p{Script=Han}+$/u.test(w) || Array.from(w).length <= 2)
// pairs only: drop segmenter words longer than 2 chars; 2-char segments are pairs too.
const both = (t: string) => zh.wordsOf(t).map((w) => w.word)
const c = chineseContent()
c.posts.push(
  {_id: 'd1', title: '头发与黑色素', slug: 'd1', excerpt: null, headings: '', categories: [], body: '白头发是黑色素减少的结果。头皮护理的作用不可忽视。'},
  {_id: 'd2', title: '外用药的副作用', slug: 'd2', excerpt: null, headings: '', categories: [], body: '维A酸类药物常见的副作用是干燥和脱皮。'},
  {_id: 'd3', title: '苹果酸与柠檬酸', slug: 'd3', excerpt: null, headings: '', categories: [], body: '苹果酸、柠檬酸和乳酸都属于果酸家族，含水量高的面霜更滋润。'},
)
const docs = searchDocumentsFrom(c, 'zh-Hans')
const expected: Record<string, string[]> = {
  毛孔: ['post.can-you-close-pores-permanently.zh-Hans'],
  黑头: ['post.can-you-close-pores-permanently.zh-Hans'],
  果酸: ['treatment.chemical-peel.zh-Hans'],
  水杨酸: ['post.can-you-close-pores-permanently.zh-Hans'],
  微针: ['treatment.microneedling.zh-Hans'],
  激光: ['treatment.laser.zh-Hans'],
  防晒: ['post.can-you-close-pores-permanently.zh-Hans', 'treatment.chemical-peel.zh-Hans'],
  毛孔粗大怎么办: ['post.can-you-close-pores-permanently.zh-Hans'],
  痘痘: ['post.acne-basics.zh-Hans'],
  副作用: ['d2'],
  含水杨酸: ['post.can-you-close-pores-permanently.zh-Hans'],
  胶原: ['treatment.laser.zh-Hans', 'treatment.microneedling.zh-Hans', 'post.can-you-close-pores-permanently.zh-Hans'],
}
for (const [name, tokenize] of Object.entries({segmenter: segOnly, pairs: pairsOnly, both})) {
  const ms = new MiniSearch({fields: ['title', 'headings', 'summary', 'category', 'body'], tokenize, processTerm: zh.processTerm,
    searchOptions: {boost: {title: 6, headings: 2.5, summary: 1.5, category: 1.5, body: 1}, processTerm: zh.processTerm}})
  ms.addAll(docs)
  let found = 0, top = 0, extra = 0
  const rows: string[] = []
  for (const [q, want] of Object.entries(expected)) {
    const r = ms.search(q).map((x) => String(x.id))
    const ok = want.every((w) => r.includes(w))
    const first = want.includes(r[0])
    found += ok ? 1 : 0; top += first ? 1 : 0; extra += r.filter((x) => !want.includes(x)).length
    rows.push(`${q}:${r.length}${ok ? '' : ' MISS'}${first ? '' : ' notfirst'}`)
  }
  console.log(`${name}: all expected found ${found}/${Object.keys(expected).length}, expected first ${top}/${Object.keys(expected).length}, other pages returned ${extra} | ${rows.join(', ')}`)
}

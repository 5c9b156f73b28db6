import {ANALYZERS, termsIn} from '@/lib/search/analyzer'
import {searchDocumentsFrom} from '@/lib/search/documents'
import {runSearch} from '@/lib/search/run-search'
import {createSearchIndex, updateSearchIndex} from '@/lib/search/search-index'
import {chineseContent, englishContent, GUIDE_ID} from './chinese-fixtures'
import {indexOf} from './fixtures'

const zh = ANALYZERS['zh-Hans']
const chinese = () => indexOf(chineseContent(), 'zh-Hans')
const ids = (site: ReturnType<typeof indexOf>, query: string) => runSearch(site.index, query, site.synonyms).hits.map((h) => h.id)

describe('Chinese words', () => {
  it('are the segmenter words plus neighbouring character pairs, so compounds the segmenter splits still meet', () => {
    // ICU splits 水杨酸 into single characters and reads 含水杨酸 as 含水|杨|酸: the pairs meet.
    expect(termsIn(zh, '水杨酸')).toEqual(['水杨', '杨酸'])
    expect(termsIn(zh, '含水杨酸的洁面产品')).toEqual(expect.arrayContaining(['水杨', '杨酸']))
    expect(termsIn(zh, '黑头')).toEqual(['黑头'])
  })

  it('drop stop words, and add no pairs across them', () => {
    expect(termsIn(zh, '毛孔粗大怎么办')).toEqual(['毛孔', '孔粗', '粗大'])
    expect(termsIn(zh, '果酸换肤会不会痛？')).toEqual(['果酸', '酸换', '换肤', '痛'])
  })

  it('keep a character standing alone between stop words, and drop single characters a pair covers', () => {
    expect(termsIn(zh, '脸上的痘')).toEqual(['脸上', '痘'])
  })

  it('read Latin words in Chinese text by the English rules (stems, stop words)', () => {
    expect(termsIn(zh, '果酸换肤（AHA peels）的作用')).toEqual(expect.arrayContaining(['aha', 'peel']))
    expect(termsIn(zh, 'the 毛孔')).toEqual(['毛孔'])
  })

  it('never split a character outside the basic plane', () => {
    for (const {word} of zh.wordsOf('𠀀𠀁毛孔')) expect(word).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
  })
})

describe('Chinese search', () => {
  it('finds the pore guide first for 毛孔 and links to its Chinese page', () => {
    const result = runSearch(chinese().index, '毛孔', [])
    expect(result.hits[0].id).toBe(GUIDE_ID)
    expect(result.hits[0].url).toBe('/zh/blog/can-you-close-pores-permanently')
  })

  it.each([
    ['黑头', GUIDE_ID],
    ['水杨酸', GUIDE_ID],
    ['毛孔粗大怎么办', GUIDE_ID],
    ['果酸', 'treatment.chemical-peel.zh-Hans'],
    ['微针', 'treatment.microneedling.zh-Hans'],
    ['激光', 'treatment.laser.zh-Hans'],
    ['痘', 'post.acne-basics.zh-Hans'],
  ])('puts the page about %s first', (query, id) => {
    expect(ids(chinese(), query)[0]).toBe(id)
  })

  it('finds every page that mentions 防晒 (sun protection)', () => {
    expect(ids(chinese(), '防晒')).toEqual(expect.arrayContaining([GUIDE_ID, 'treatment.chemical-peel.zh-Hans']))
  })

  it('links treatments to /zh/treatments and labels their sections in Chinese', () => {
    const hit = runSearch(chinese().index, '恢复期', []).hits.find((h) => h.id === 'treatment.laser.zh-Hans')
    expect(hit?.url).toBe('/zh/treatments/laser')
    expect(hit?.category).toBe('疗程')
    expect(hit?.snippet.map((p) => p.text).join('')).toMatch(/^恢复期：/)
  })

  it('searches the Chinese synonyms the Chinese clinic settings keep', () => {
    const site = chinese()
    const result = runSearch(site.index, '粉刺', site.synonyms)
    expect(result.synonyms).toEqual(['黑头'])
    expect(result.hits[0].id).toBe(GUIDE_ID)
  })

  it('finds nothing for Chinese words the pages do not use', () => {
    expect(runSearch(chinese().index, '纹身', []).total).toBe(0)
  })
})

describe('each edition searches its own pages only', () => {
  const everything = () => [...searchDocumentsFrom(englishContent(), 'en'), ...searchDocumentsFrom(chineseContent(), 'zh-Hans')]

  it('an English index given Chinese pages keeps them out, and finds the same as without them', () => {
    const mixed = createSearchIndex('en')
    updateSearchIndex(mixed, everything())
    const englishOnly = indexOf(englishContent()).index
    for (const query of ['pores', 'blackheads', 'peel', 'salicylic acid', '毛孔', 'clinic opening hours']) {
      const fromMixed = runSearch(mixed, query, [])
      expect(fromMixed.hits.every((h) => !h.id.endsWith('.zh-Hans') && !h.url.startsWith('/zh'))).toBe(true)
      expect(fromMixed.total).toBe(runSearch(englishOnly, query, []).total)
    }
  })

  it('an English search for 毛孔 finds the English post that quotes it, not the Chinese guide', () => {
    const mixed = createSearchIndex('en')
    updateSearchIndex(mixed, everything())
    expect(runSearch(mixed, '毛孔', []).hits.map((h) => h.id)).toEqual(['post.pores-in-chinese'])
  })

  it('a Chinese index given English pages keeps them out; English words in Chinese pages are still found', () => {
    const mixed = createSearchIndex('zh-Hans')
    updateSearchIndex(mixed, everything())
    expect(runSearch(mixed, 'pores', []).total).toBe(0)
    const bha = runSearch(mixed, 'BHA', [])
    expect(bha.hits.map((h) => h.id)).toEqual([GUIDE_ID])
    expect(runSearch(mixed, '毛孔', []).hits.every((h) => h.url.startsWith('/zh/'))).toBe(true)
  })
})

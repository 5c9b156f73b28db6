import {ANALYZERS} from '@/lib/search/analyzer'
import {runSearch} from '@/lib/search/run-search'
import {snippetFor} from '@/lib/search/snippet'
import {chineseContent} from './chinese-fixtures'
import {indexOf} from './fixtures'

const zh = ANALYZERS['zh-Hans']
const marks = (parts: {text: string; marked: boolean}[]) => parts.filter((p) => p.marked).map((p) => p.text)
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

describe('Chinese snippets', () => {
  it('mark the matched Chinese word in the sentence that holds it', () => {
    const hit = runSearch(indexOf(chineseContent(), 'zh-Hans').index, '黑头', []).hits[0]
    expect(marks(hit.snippet)).toContain('黑头')
    expect(hit.snippet.map((p) => p.text).join('')).toContain('黑头是堵在毛孔里的皮脂')
  })

  it('mark a query read as several overlapping words and pairs as one run', () => {
    const hit = runSearch(indexOf(chineseContent(), 'zh-Hans').index, '毛孔粗大', []).hits[0]
    expect(marks(hit.snippet)).toContain('毛孔粗大')
  })

  it('mark a compound the segmenter splits in the text (含水杨酸)', () => {
    const hit = runSearch(indexOf(chineseContent(), 'zh-Hans').index, '水杨酸', []).hits[0]
    expect(marks(hit.snippet)).toEqual(['水杨酸'])
  })

  it('are at most the Chinese length, and cut no character in two', () => {
    const sentence = '𠀀'.repeat(30) + '很长的一句话说明毛孔的结构' + '𠀁'.repeat(80)
    const parts = snippetFor([{text: sentence}], new Set(['毛孔']), undefined, zh)
    const shown = parts.map((p) => p.text).join('')
    expect(marks(parts)).toEqual(['毛孔'])
    expect(shown).not.toMatch(LONE_SURROGATE)
    expect(shown.replace(/^… | …$/g, '').length).toBeLessThanOrEqual(zh.snippetLength)
    expect(shown.startsWith('… ')).toBe(true)
  })

  it('mark a Chinese word quoted in an English sentence (English edition)', () => {
    const parts = snippetFor([{text: 'Many patients call pores 毛孔 at the clinic.'}], new Set(['毛孔']))
    expect(marks(parts)).toEqual(['毛孔'])
  })
})

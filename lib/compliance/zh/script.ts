import {splitSentences, type SentenceBounds} from '../sentences'

// Which script a sentence is written in, so that each sentence goes to the rules of its language.
// Chinese ends sentences with full-width marks and no space ("。", "！", "？"), which the English
// splitter does not see, so English sentences are cut again at those marks.

const HAN = /\p{Script=Han}/u
const HAN_GLOBAL = /\p{Script=Han}/gu
const LATIN_WORD = /[A-Za-z]+/g
const ZH_END = /[。！？!?；;…]+["'」』)）]*/gu

export const hasHan = (text: string): boolean => HAN.test(text)

export interface ScriptSentence extends SentenceBounds {
  script: 'zh' | 'latin'
}

// A sentence is Chinese when it has at least as many Han characters as Latin words: "我们使用
// HydraFacial 护理" is Chinese, "The word 毛孔 means pore" is English.
function scriptOf(text: string): 'zh' | 'latin' {
  const han = text.match(HAN_GLOBAL)?.length ?? 0
  if (han === 0) return 'latin'
  const latin = text.match(LATIN_WORD)?.length ?? 0
  return han >= latin ? 'zh' : 'latin'
}

/** Sentences covering the whole text, each labelled with its script. */
export function splitByScript(text: string): ScriptSentence[] {
  const out: ScriptSentence[] = []
  for (const bound of splitSentences(text)) {
    const piece = text.slice(bound.start, bound.end)
    let start = 0
    ZH_END.lastIndex = 0
    for (let m = ZH_END.exec(piece); m; m = ZH_END.exec(piece)) {
      const end = m.index + m[0].length
      // Take the spaces after the mark along, as the English splitter does.
      let next = end
      while (next < piece.length && /\s/.test(piece[next] ?? '')) next++
      out.push({start: bound.start + start, end: bound.start + next, script: 'latin'})
      start = next
      ZH_END.lastIndex = next
    }
    if (start < piece.length) out.push({start: bound.start + start, end: bound.end, script: 'latin'})
  }
  return out
    .filter((s) => s.end > s.start)
    .map((s) => ({...s, script: scriptOf(text.slice(s.start, s.end))}))
}

/**
 * The text the English rules read: Chinese sentences blanked with spaces of the same length, so
 * offsets stay those of the field and no English rule reads Chinese.
 */
export function latinOnly(text: string, sentences: readonly ScriptSentence[]): string {
  let out = ''
  let at = 0
  for (const s of sentences) {
    if (s.script !== 'zh') continue
    out += text.slice(at, s.start) + text.slice(s.start, s.end).replace(/[^\n]/g, ' ')
    at = s.end
  }
  return out + text.slice(at)
}

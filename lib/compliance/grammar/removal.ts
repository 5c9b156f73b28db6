import {tagSentence, termAt} from './tagger'
import type {SentenceHit} from './types'
import {CONCERN, HEDGE} from './words'

// A removal verb with a word of totality about a skin concern ("erases sun spots completely",
// "eliminate every blackhead", "wipe out all traces of scarring") promises a complete result
// (reg 5(1)(c)(ii)). The removal word must be used as a verb (the tagger tells "clear pores",
// an adjective, from "clear all blackheads"), and the thing removed must be a skin concern, so
// "remove all traces of sunscreen" and "rinse the mask off completely" are not findings.

const REMOVAL =
  /(?<![\p{L}])(?:eras\p{L}*|eliminat\p{L}*|remov\p{L}*|eradicat\p{L}*|banish\p{L}*|abolish\p{L}*|obliterat\p{L}*|delet\p{L}*|dissolv\p{L}*|destroy\p{L}*|zap\p{L}*|blast\p{L}*|melt\p{L}*|wip(?:e|es|ed|ing)|strip\p{L}*|clear\p{L}*|purg\p{L}*|flush\p{L}*|vanquish\p{L}*|kill\p{L}*|(?:get|gets|got|getting)\s+rid|vanish\p{L}*|disappear\p{L}*)(?![\p{L}])/giu
const TOTAL =
  /(?<![\p{L}])(?:completely|entirely|fully|totally|wholly|altogether|100\s?%|all|every|each\s+and\s+every|whole|any\s+trace)(?![\p{L}])/iu
// "not the whole plug", "not all of it": a denied totality describes a partial result.
const DENIED_BEFORE = /(?<![\p{L}])(?:not|n't|never|nor)\s+(?:the\s+|a\s+|quite\s+|always\s+)?$/iu
const NOT_A_REMOVAL = /^(?:clearly|clearance|clearing-house|removal|eraser|strippers?|blasted)$/i
// A clause ends at these; totality on the other side does not reach the verb.
const CLAUSE_END = /[;:.!?]|,\s+(?:and|but|so|while)\s|\s(?:but|while|whereas)\s/i

function undeniedTotality(text: string): RegExpExecArray | null {
  const all = new RegExp(TOTAL.source, 'giu')
  for (let m = all.exec(text); m; m = all.exec(text)) {
    if (!DENIED_BEFORE.test(text.slice(0, m.index))) return m
  }
  return null
}

export function findRemovalWithTotality(sentence: string): SentenceHit[] {
  REMOVAL.lastIndex = 0
  const hits: SentenceHit[] = []
  for (let m = REMOVAL.exec(sentence); m; m = REMOVAL.exec(sentence)) {
    if (NOT_A_REMOVAL.test(m[0])) continue
    // "Pore strips, steaming and ...": a noun in a list, not a verb with an object.
    if (/^\s*[,;:]/.test(sentence.slice(m.index + m[0].length))) continue
    const afterAll = sentence.slice(m.index + m[0].length)
    const cut = CLAUSE_END.exec(afterAll)
    const after = cut ? afterAll.slice(0, cut.index) : afterAll
    const beforeAll = sentence.slice(0, m.index)
    const before = beforeAll.split(CLAUSE_END).pop() ?? ''
    // "once and for all" is permanence (permanence.ts), not totality.
    const clause = `${before} ${m[0]} ${after}`.replace(/once\s+and\s+for\s+all/giu, '')
    if (!undeniedTotality(clause) || !CONCERN.test(clause)) continue
    if (HEDGE.test(clause) || /(?<![\p{L}])help(?:s|ing)?(?![\p{L}])/iu.test(before)) continue
    const term = termAt(tagSentence(sentence), m.index)
    // "Clear pores that stay clear": an adjective, not a removal.
    if (term?.tags.has('Adjective') && !term.tags.has('Verb')) continue
    const verbEnd = m.index + m[0].length
    const total = undeniedTotality(after)
    hits.push({start: m.index, end: total ? verbEnd + total.index + total[0].length : verbEnd})
  }
  return hits
}

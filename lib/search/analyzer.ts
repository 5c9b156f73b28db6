import type {Locale} from '@/lib/i18n/locales'
import {chineseWordsOf, hasHan, isChineseStopWord} from './chinese-words'
import {processTerm} from './terms'
import {wordsOf, type Word} from './tokenize'

/**
 * How one edition's index reads text: the same for its documents and for the queries searched in
 * it, so a query's terms are exactly the terms the documents were indexed under.
 */
export type Analyzer = {
  locale: Locale
  /** The words of a text with their offsets, in text order (snippets mark them). */
  wordsOf: (text: string) => Word[]
  /** MiniSearch's `processTerm`: a word's one spelling, or null for a stop word. */
  processTerm: (term: string) => string | null
  /** Characters a snippet shows at most: a Chinese character says about what three Latin letters do. */
  snippetLength: number
  /** Between a section's label and its text in a snippet ("Downtime: ...", "恢复期：..."). */
  labelSeparator: string
}

// English as it has always been: Unicode word runs, Porter2 stems, English stop words. Chinese
// quoted in an English page is split by the segmenter (tokenize.ts) and kept whole.
const english: Analyzer = {locale: 'en', wordsOf, processTerm, snippetLength: 220, labelSeparator: ': '}

// Chinese words and character pairs (chinese-words.ts), Chinese stop words dropped; Latin words in
// a Chinese page (AHA, SPF, Botox) go through the English rules, so "peels" finds "peel" there too.
const chinese: Analyzer = {
  locale: 'zh-Hans',
  wordsOf: chineseWordsOf,
  processTerm: (term) => {
    if (!hasHan(term)) return processTerm(term)
    const word = term.normalize('NFKC')
    return isChineseStopWord(word) ? null : word
  },
  snippetLength: 90,
  labelSeparator: '：',
}

export const ANALYZERS: Record<Locale, Analyzer> = {en: english, 'zh-Hans': chinese}

/** The processed terms of a text in this edition, in order. */
export function termsIn(analyzer: Analyzer, text: string): string[] {
  return analyzer
    .wordsOf(text)
    .map((w) => analyzer.processTerm(w.word))
    .filter((t): t is string => t !== null)
}

import stem from 'wink-porter2-stemmer'
import {STOP_WORDS} from './stop-words'

const LATIN_WORD = /^[a-z][a-z'-]*$/

/**
 * MiniSearch's `processTerm`, for the index and for queries alike: one spelling per word, so
 * "Cleansing", "cleanse" and "cleanser's" meet. Latin-script words are stemmed (Porter2, English);
 * words in other scripts are kept whole. Stop words are dropped (null).
 */
export function processTerm(term: string): string | null {
  let processed = known.get(term)
  if (processed === undefined) {
    if (known.size >= MAX_KNOWN) known.clear()
    processed = normalise(term)
    known.set(term, processed)
  }
  return processed
}

// A site's vocabulary is a few tens of thousands of words, each met many times while indexing;
// the bound keeps odd queries from growing the memo without end.
const MAX_KNOWN = 100_000
const known = new Map<string, string | null>()

function normalise(term: string): string | null {
  const word = term
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .replace(/'s$/, '')
  if (!word || STOP_WORDS.has(word)) return null
  return LATIN_WORD.test(word) ? stem(word) : word
}

/** The processed terms of a text, in order. */
export function termsOf(words: readonly string[]): string[] {
  return words.map(processTerm).filter((t): t is string => t !== null)
}

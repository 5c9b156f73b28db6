// Words are runs of letters, marks and digits (with inner apostrophes: "what's"). Scripts written
// without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) are split further by
// Intl.Segmenter, whose ICU dictionaries find the words. Only those runs go to the segmenter: its
// cost per word grows with the length of the text it is given, and spaces already separate the
// words of every other script.
const WORD_RUN = /[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}\p{N}]+)*/gu
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
const segmenter = new Intl.Segmenter('en', {granularity: 'word'})

export type Word = {word: string; index: number}

/**
 * The words of a text with their offsets, punctuation and spaces left out: runs in spaced scripts
 * as they are, runs in unspaced ones handed to `split`, which adds their words (each edition's
 * analyzer splits them its own way).
 */
export function wordRunsOf(text: string, split: (run: string, start: number, words: Word[]) => void): Word[] {
  const words: Word[] = []
  for (const match of text.matchAll(WORD_RUN)) {
    if (UNSPACED.test(match[0])) split(match[0], match.index, words)
    else words.push({word: match[0], index: match.index})
  }
  return words
}

/** The words of a text with their offsets, punctuation and spaces left out. */
export function wordsOf(text: string): Word[] {
  return wordRunsOf(text, (run, start, words) => {
    for (const part of segmenter.segment(run)) {
      if (part.isWordLike) words.push({word: part.segment, index: start + part.index})
    }
  })
}

/** MiniSearch's `tokenize`: the words alone. */
export function tokenize(text: string): string[] {
  return wordsOf(text).map((w) => w.word)
}

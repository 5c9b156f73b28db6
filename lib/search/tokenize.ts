// Words are runs of letters, marks and digits (with inner apostrophes: "what's"). Scripts written
// without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) are split further by
// Intl.Segmenter, whose ICU dictionaries find the words. Only those runs go to the segmenter: its
// cost per word grows with the length of the text it is given, and spaces already separate the
// words of every other script.
export const WORD_RUN = /[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}\p{N}]+)*/gu
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
const segmenter = new Intl.Segmenter('en', {granularity: 'word'})

export type Word = {word: string; index: number}

/** The words of a text with their offsets, punctuation and spaces left out. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = []
  for (const match of text.matchAll(WORD_RUN)) {
    const run = match[0]
    const start = match.index
    if (!UNSPACED.test(run)) {
      words.push({word: run, index: start})
      continue
    }
    for (const part of segmenter.segment(run)) {
      if (part.isWordLike) words.push({word: part.segment, index: start + part.index})
    }
  }
  return words
}

/** MiniSearch's `tokenize`: the words alone. */
export function tokenize(text: string): string[] {
  return wordsOf(text).map((w) => w.word)
}

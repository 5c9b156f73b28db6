// Word boundaries come from Intl.Segmenter (ICU), not from splitting on spaces: Chinese, Thai or
// Japanese text has no spaces between words, and ICU's dictionaries find them whatever the locale.
const segmenter = new Intl.Segmenter('en', {granularity: 'word'})

export type Word = {word: string; index: number}

/** The words of a text with their offsets, punctuation and spaces left out. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = []
  for (const part of segmenter.segment(text)) {
    if (part.isWordLike) words.push({word: part.segment, index: part.index})
  }
  return words
}

/** MiniSearch's `tokenize`: the words alone. */
export function tokenize(text: string): string[] {
  return wordsOf(text).map((w) => w.word)
}

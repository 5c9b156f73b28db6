import {CHINESE_STOP_WORDS} from './chinese-stop-words'
import {wordRunsOf, type Word} from './tokenize'

// Chinese is written without spaces, and no segmenter agrees with every writer on where words end:
// ICU's dictionary (Intl.Segmenter) keeps 毛孔 and 果酸 whole but splits 黑头 into 黑|头, 水杨酸
// into 水|杨|酸 and reads 含水杨酸 as 含水|杨|酸. So a Chinese text is indexed twice over: the
// segmenter's words, and every pair of neighbouring characters (bigrams) within a stretch of
// content words. A query is read the same way, so 水杨酸 meets 含水杨酸 through 水杨 and 杨酸
// whatever the segmenter made of either. Stop words (的, 怎么办 ...) break a stretch, so
// "毛孔粗大怎么办" adds no pairs such as 大怎. Measured against segmenter-only and bigram-only
// indexes in lib/search/README.md.
const HAN = /\p{Script=Han}/u
const ALL_HAN = /^\p{Script=Han}+$/u
const segmenter = new Intl.Segmenter('zh', {granularity: 'word'})

export const hasHan = (text: string) => HAN.test(text)

/** A Chinese stop word (the caller folds compatibility forms first where they may occur). */
export const isChineseStopWord = (word: string) => CHINESE_STOP_WORDS.has(word)

/** Neighbouring character pairs of consecutive segments, by code point (never half a character). */
function pairsOf(stretch: readonly Word[], words: Word[]) {
  const chars = stretch.flatMap(({word, index}) => {
    let offset = index
    return Array.from(word, (char) => {
      const at = offset
      offset += char.length
      return {char, at}
    })
  })
  // A segment of exactly two characters is its own pair already; adding it again would count it twice.
  const whole = new Set(stretch.filter((w) => Array.from(w.word).length === 2).map((w) => w.index))
  for (let i = 0; i + 1 < chars.length; i++) {
    if (whole.has(chars[i].at)) continue
    words.push({word: chars[i].char + chars[i + 1].char, index: chars[i].at})
  }
}

/**
 * The words of a text as the Chinese index holds them, with their offsets, in text order: words in
 * spaced scripts (an English term quoted in a Chinese post) as runs, Chinese as the segmenter's
 * words plus character pairs. A single character is kept only when it stands alone between stop
 * words ("痘" in "脸上的痘"); inside a longer stretch the pairs cover it, and on its own it would
 * only add noise (头 of 黑头 matching 头发).
 */
export function chineseWordsOf(text: string): Word[] {
  const words = wordRunsOf(text, (run, start, into) => {
    let stretch: Word[] = []
    const close = () => {
      const longer = stretch.filter((w) => Array.from(w.word).length > 1)
      if (stretch.length === 1 && longer.length === 0) into.push(stretch[0])
      else if (stretch.length > 0) {
        into.push(...longer)
        pairsOf(stretch, into)
      }
      stretch = []
    }
    let previous = ''
    for (const part of segmenter.segment(run)) {
      if (!part.isWordLike) continue
      // The segmenter reads 怎么办 as 怎么|办: a character that completes a stop word is part of
      // it, not a word of its own.
      if (previous && isChineseStopWord(previous + part.segment)) {
        previous = ''
        continue
      }
      const word = {word: part.segment, index: start + part.index}
      const stop = isChineseStopWord(part.segment)
      if (ALL_HAN.test(part.segment) && !stop) stretch.push(word)
      else {
        close()
        into.push(word)
      }
      previous = stop ? part.segment : ''
    }
    close()
  })
  // Stable: a segment comes before the pair that starts where it does.
  return words.sort((a, b) => a.index - b.index)
}

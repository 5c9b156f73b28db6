import {hasHan, splitByScript} from '../zh/script'
import {COMMON_CHARACTERS} from './zh-common-characters'

// Readability of Chinese text, by the two features Chinese readability formulas share: sentence
// length in characters and the share of characters a reader is less likely to know. Yang (1970)
// and 荆溪昱 (Jing Xiyu, 1995) predict difficulty from average sentence length and the share of
// uncommon characters; Sung et al. (2015, CRIE) keep both among their strongest surface features.
// Here a character is uncommon when it is outside the 3,500 most frequent (zh-common-characters.ts).

const COMMON = new Set(COMMON_CHARACTERS)
const HAN = /\p{Script=Han}/gu
// A Latin word or a number inside Chinese text ("HydraFacial", "2%") is read as one unit.
const LATIN_OR_NUMBER = /[A-Za-z]+|\d+(?:[.,]\d+)*%?/g

export interface ZhReadability {
  /** Han characters (plus one unit per Latin word or number) in Chinese sentences. */
  characters: number
  sentences: number
  averageSentenceCharacters: number
  longestSentenceCharacters: number
  /** Share of Han characters outside the common list (0 to 1). */
  uncommonShare: number
  /** The uncommon characters, most used first (for the editor). */
  uncommonCharacters: string[]
}

export interface ZhSentenceLength {
  text: string
  characters: number
}

export function zhSentences(text: string): ZhSentenceLength[] {
  if (!hasHan(text)) return []
  return splitByScript(text)
    .filter((s) => s.script === 'zh')
    .map((s) => {
      const sentence = text.slice(s.start, s.end).trim()
      const han = sentence.match(HAN)?.length ?? 0
      const latin = sentence.match(LATIN_OR_NUMBER)?.length ?? 0
      return {text: sentence, characters: han + latin}
    })
    .filter((s) => s.characters > 0)
}

const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places

/** Measures the Chinese sentences of some paragraphs; undefined when there are none. */
export function measureZhText(paragraphs: readonly string[]): ZhReadability | undefined {
  let characters = 0
  let sentences = 0
  let longest = 0
  let han = 0
  const uncommon = new Map<string, number>()
  for (const paragraph of paragraphs) {
    for (const sentence of zhSentences(paragraph)) {
      sentences++
      characters += sentence.characters
      longest = Math.max(longest, sentence.characters)
      for (const char of sentence.text.match(HAN) ?? []) {
        han++
        if (!COMMON.has(char)) uncommon.set(char, (uncommon.get(char) ?? 0) + 1)
      }
    }
  }
  if (sentences === 0) return undefined
  const uncommonCount = [...uncommon.values()].reduce((a, b) => a + b, 0)
  return {
    characters,
    sentences,
    averageSentenceCharacters: round(characters / sentences),
    longestSentenceCharacters: longest,
    uncommonShare: han ? round(uncommonCount / han, 3) : 0,
    uncommonCharacters: [...uncommon].sort((a, b) => b[1] - a[1]).map(([char]) => char),
  }
}

import {blockText, isTextBlock, type AnyBlock} from './portable-text'

export const WORDS_PER_MINUTE = 238

/**
 * Chinese is read by the character, not the word: about 255 characters a minute for adults reading
 * aloud-free (IReST, Trauzettel-Klosinski & Dietz, Invest Ophthalmol Vis Sci 2012;53:5452). Each
 * Han character counts as the share of a word that keeps the minutes right.
 */
export const HAN_CHARACTERS_PER_MINUTE = 255
const HAN = /\p{Script=Han}/gu

function countWords(text: string): number {
  const han = text.match(HAN)?.length ?? 0
  if (han === 0) {
    const trimmed = text.trim()
    return trimmed ? trimmed.split(/\s+/).length : 0
  }
  // Latin words between the characters (brand names, "SPF"), not the punctuation left behind.
  const others = text.replace(HAN, ' ').split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length
  return others + (han * WORDS_PER_MINUTE) / HAN_CHARACTERS_PER_MINUTE
}

function readableText(block: AnyBlock): string {
  if (isTextBlock(block)) return blockText(block)
  if (block._type === 'callout')
    return [block.title, block.text].filter((v) => typeof v === 'string').join(' ')
  if (block._type === 'faqBlock') {
    const items = Array.isArray(block.items)
      ? (block.items as Array<{question?: unknown; answer?: unknown}>)
      : []
    const parts = [block.title, ...items.flatMap((item) => [item.question, item.answer])]
    return parts.filter((v) => typeof v === 'string').join(' ')
  }
  return ''
}

/** Words a reader reads in a body: paragraphs, headings, lists, callouts and questions. */
export function wordCount(blocks: readonly AnyBlock[] | null | undefined): number {
  return (blocks ?? []).reduce((sum, block) => sum + countWords(readableText(block)), 0)
}

export function minutesForWords(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE))
}

export function readingTime(blocks: readonly AnyBlock[] | null | undefined): {
  words: number
  minutes: number
} {
  const words = wordCount(blocks)
  return {words, minutes: minutesForWords(words)}
}

export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`
}

export const MAX_COUNTED_QUERY_LENGTH = 100

// What a patient might type that names them: an email address, a phone or NRIC/FIN number.
const PERSONAL = [/\S+@\S+\.\S+/, /(?:\d[\s-]?){7,}/, /\b[stfgm]\d{7}[a-z]\b/i]

// Chinese queries arrive with full-width spaces and punctuation (毛孔？, 毛孔，黑头, 「激光」). NFKC
// turns full-width spaces, letters and the ASCII-like marks into their plain forms; the marks with
// no plain form (。、「」《》【】) are matched here. Punctuation touching a Chinese character
// separates words like a space does, and punctuation at either end says nothing about the topic,
// so "毛孔？", "毛孔" and "毛孔。" are counted as one query (as are "peel?" and "peel").
const HAN = '\\p{Script=Han}'
const PUNCTUATION_BY_HAN = new RegExp(`(?<=${HAN})[\\p{P}\\s]+|[\\p{P}\\s]+(?=${HAN})`, 'gu')
const PUNCTUATION_AT_ENDS = /^[\p{P}\s]+|[\p{P}\s]+$/gu

/**
 * The form a query is counted under: lowercase (which leaves Chinese as it is), spaces and
 * punctuation around Chinese words made single spaces, trimmed, at most MAX_COUNTED_QUERY_LENGTH
 * characters; null when it looks like contact or identity details, which are never stored.
 */
export function normaliseForCounting(query: string): string | null {
  const folded = query.normalize('NFKC').toLowerCase().replace(PUNCTUATION_BY_HAN, ' ').replace(/\s+/g, ' ')
  const text = Array.from(folded.replace(PUNCTUATION_AT_ENDS, ''))
    .slice(0, MAX_COUNTED_QUERY_LENGTH)
    .join('')
    .trim()
  if (!text || PERSONAL.some((pattern) => pattern.test(text))) return null
  return text
}

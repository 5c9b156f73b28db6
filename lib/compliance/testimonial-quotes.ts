// Quoted words attributed to a patient are a testimonial even without the word "review":
//   "My skin has never felt smoother," says Jane, a patient.
//   One patient told us: "I finally feel confident."
//   "Best decision I made." - Mei Ling, 34
// Quotes without an attribution to a patient or a named person ("the term "non-comedogenic"")
// are not flagged.

export interface QuoteMatch {
  start: number
  end: number
}

const QUOTE = /"([^"\n]{3,400})"/g
const PERSON_WORD = '(?:patients?|clients?|customers?|users?|mum|mother|bride|regulars?)'
const SPEECH_VERB =
  '(?:says|said|shares|shared|writes|wrote|told\\s+us|tells\\s+us|recalls|adds|added|explains|explained|raves|commented|reported)'

// After the quote: `, says Jane, a patient`, `said one client`, `, says Mei, 34`, `- Mei Ling`,
// `(patient, 2024)`. Quotes of our own doctors ("..., says Dr Tan") are not testimonials.
const ATTRIBUTION_AFTER_WORD = new RegExp(
  [
    `^\\s*,?\\s*${SPEECH_VERB}\\s+[^.!?"]{0,60}?\\b${PERSON_WORD}\\b`,
    `^\\s*\\(\\s*(?:a\\s+|an\\s+|our\\s+)?${PERSON_WORD}\\b`,
  ].join('|'),
  'iu',
)
const ATTRIBUTION_AFTER_NAME = new RegExp(
  [
    `^\\s*,?\\s*${SPEECH_VERB}\\s+(?!Dr\\b|Prof\\b|Doctor\\b)\\p{Lu}[\\p{L}']+(?:\\s+\\p{Lu}[\\p{L}']*)?\\s*,\\s*\\d{2}\\b`,
    `^\\s*[-~]\\s*(?!Dr\\b|Prof\\b|Doctor\\b)\\p{Lu}[\\p{L}.']*`,
    // Any verb before the name: `," beams Rachel`, `," laughs Mei`.
    `^\\s*,?\\s*\\p{Ll}+s\\s+(?!Dr\\b|Prof\\b|Doctor\\b)\\p{Lu}\\p{Ll}+(?![\\p{L}])`,
  ].join('|'),
  'u',
)

// Before the quote: `One patient told us: `, `As our client Mary put it, `.
const ATTRIBUTION_BEFORE = new RegExp(
  `${PERSON_WORD}\\b[^.!?"]{0,40}(?:${SPEECH_VERB}|put\\s+it|wrote\\s+in)\\s*[:,]?\\s*$`,
  'iu',
)

const WORDS = /[\p{L}\p{N}']+/gu

/** @param text normalised text (straight quotes) */
export function findAttributedQuotes(text: string): QuoteMatch[] {
  const found: QuoteMatch[] = []
  QUOTE.lastIndex = 0
  for (let match = QUOTE.exec(text); match; match = QUOTE.exec(text)) {
    const inner = match[1] ?? ''
    if ((inner.match(WORDS) ?? []).length < 3) continue
    const start = match.index
    const end = start + match[0].length
    const after = text.slice(end, end + 120)
    const before = text.slice(Math.max(0, start - 80), start)
    if (
      ATTRIBUTION_AFTER_WORD.test(after) ||
      ATTRIBUTION_AFTER_NAME.test(after) ||
      ATTRIBUTION_BEFORE.test(before)
    )
      found.push({start, end})
  }
  return found
}

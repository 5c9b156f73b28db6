// Sentence boundaries inside one field's text: a full stop, question or exclamation mark followed
// by white space (or a closing quote), or a line break. "No. 1", "Dr. Tan" and "e.g. salicylic
// acid" do not end a sentence.
const ABBREVIATIONS = new Set([
  'no',
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'st',
  'vs',
  'e.g',
  'i.e',
  'etc',
  'approx',
  'incl',
])

export interface SentenceBounds {
  start: number
  end: number
}

function isAbbreviation(text: string, dotIndex: number): boolean {
  let i = dotIndex - 1
  while (i >= 0 && /[\p{L}.]/u.test(text[i] ?? '')) i--
  const word = text.slice(i + 1, dotIndex).toLowerCase()
  return ABBREVIATIONS.has(word)
}

/** Sentence ranges covering the whole text (trailing spaces included in the earlier sentence). */
export function splitSentences(text: string): SentenceBounds[] {
  const bounds: SentenceBounds[] = []
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '\n') {
      if (text.slice(start, i).trim() !== '') bounds.push({start, end: i + 1})
      start = i + 1
      continue
    }
    if (char !== '.' && char !== '?' && char !== '!') continue
    // Take closing quotes and brackets along with the mark.
    let j = i + 1
    while (j < text.length && /["')\]]/.test(text[j] ?? '')) j++
    if (j < text.length && !/\s/.test(text[j] ?? '')) continue
    if (char === '.' && isAbbreviation(text, i)) continue
    while (j < text.length && /\s/.test(text[j] ?? '')) j++
    bounds.push({start, end: j})
    start = j
    i = j - 1
  }
  if (start < text.length) bounds.push({start, end: text.length})
  return bounds
}

export function sentenceAt(bounds: SentenceBounds[], offset: number): SentenceBounds {
  for (const bound of bounds) if (offset >= bound.start && offset < bound.end) return bound
  return bounds[bounds.length - 1] ?? {start: 0, end: 0}
}

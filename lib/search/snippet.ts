import {ANALYZERS, type Analyzer} from './analyzer'
import type {Section} from './documents'

export type SnippetPart = {text: string; marked: boolean}

// A sentence ends at its full stop, question or exclamation mark (Latin or CJK), or the passage's end.
const SENTENCE = /[^.!?\u3002\uff01\uff1f]+(?:[.!?\u3002\uff01\uff1f]+|$)/gu
/** The English snippet's length; each edition's is its analyzer's `snippetLength`. */
export const SNIPPET_LENGTH = ANALYZERS.en.snippetLength

type Candidate = {text: string; score: number}

// Porter2 stems are almost always a prefix of the word they come from, so a sentence without any
// stem's first letters cannot hold a match and is not split into words at all.
const probeOf = (term: string) => term.slice(0, Math.min(term.length, 4))

function termsIn(analyzer: Analyzer, text: string, matched: ReadonlySet<string>): number {
  const found = new Set<string>()
  for (const {word} of analyzer.wordsOf(text)) {
    const term = analyzer.processTerm(word)
    if (term !== null && matched.has(term)) found.add(term)
  }
  return found.size
}

function bestPassage(analyzer: Analyzer, sections: readonly Section[], matched: ReadonlySet<string>): Candidate | undefined {
  const probes = [...matched].map(probeOf)
  let best: Candidate | undefined
  for (const section of sections) {
    const text = section.label ? `${section.label}${analyzer.labelSeparator}${section.text}` : section.text
    // A passage under a heading the query names ("downtime") answers it better than a passing mention.
    const labelHit = section.label && termsIn(analyzer, section.label, matched) > 0 ? 0.5 : 0
    for (const [segment] of text.matchAll(SENTENCE)) {
      const lower = segment.toLowerCase()
      if (!probes.some((p) => lower.includes(p))) continue
      const hits = termsIn(analyzer, segment, matched)
      const score = hits + (hits > 0 ? labelHit : 0)
      if (hits > 0 && (!best || score > best.score)) best = {text: segment.trim(), score}
    }
  }
  return best
}

/** A window of at most `length` characters around the first match, cut at word boundaries. */
function windowAround(
  analyzer: Analyzer,
  text: string,
  matched: ReadonlySet<string>,
  length: number,
): {text: string; before: boolean; after: boolean} {
  if (text.length <= length) return {text, before: false, after: false}
  const words = analyzer.wordsOf(text)
  const first = words.find((w) => {
    const term = analyzer.processTerm(w.word)
    return term !== null && matched.has(term)
  })
  const ideal = Math.max(0, (first?.index ?? 0) - Math.floor(length / 4))
  const start = ideal === 0 ? 0 : (words.find((w) => w.index >= ideal)?.index ?? ideal)
  let end = Math.min(text.length, start + length)
  const lastWord = [...words].reverse().find((w) => w.index < end && w.index + w.word.length <= end)
  if (end < text.length && lastWord) end = lastWord.index + lastWord.word.length
  return {text: text.slice(start, end), before: start > 0, after: end < text.length}
}

// Chinese words and character pairs overlap (毛孔, 孔粗, 粗大 in 毛孔粗大), as do neighbouring
// Chinese words: matches that overlap or touch are marked as one run, so 毛孔粗大 is one mark.
// Offsets are those of whole words and pairs of whole code points, so no character is cut.
function matchedRanges(analyzer: Analyzer, text: string, matched: ReadonlySet<string>): [number, number][] {
  const ranges: [number, number][] = []
  for (const {word, index} of analyzer.wordsOf(text)) {
    const term = analyzer.processTerm(word)
    if (term === null || !matched.has(term)) continue
    const end = index + word.length
    const last = ranges.at(-1)
    if (last && index <= last[1]) last[1] = Math.max(last[1], end)
    else ranges.push([index, end])
  }
  return ranges
}

function marked(analyzer: Analyzer, text: string, matched: ReadonlySet<string>): SnippetPart[] {
  const parts: SnippetPart[] = []
  let cursor = 0
  for (const [start, end] of matchedRanges(analyzer, text, matched)) {
    if (start > cursor) parts.push({text: text.slice(cursor, start), marked: false})
    parts.push({text: text.slice(start, end), marked: true})
    cursor = end
  }
  if (cursor < text.length) parts.push({text: text.slice(cursor), marked: false})
  return parts
}

/**
 * The sentence that holds the most of the matched terms (the earliest on a tie), shortened around
 * its first match, split into marked and unmarked parts. Without a match in any passage, the first
 * passage (the excerpt or summary) unmarked.
 */
export function snippetFor(
  sections: readonly Section[],
  matched: ReadonlySet<string>,
  length?: number,
  analyzer: Analyzer = ANALYZERS.en,
): SnippetPart[] {
  const best = matched.size > 0 ? bestPassage(analyzer, sections, matched) : undefined
  const source = best?.text ?? sections[0]?.text ?? ''
  if (!source) return []
  const window = windowAround(analyzer, source, best ? matched : new Set(), length ?? analyzer.snippetLength)
  const parts = marked(analyzer, window.text, best ? matched : new Set())
  if (window.before) parts.unshift({text: '… ', marked: false})
  if (window.after) parts.push({text: ' …', marked: false})
  return parts
}

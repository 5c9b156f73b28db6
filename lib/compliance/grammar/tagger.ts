import nlp from 'compromise'

// Parts of speech for one sentence, from compromise's rule-based tagger (no model download).
// Tagging costs milliseconds a sentence, so rules only ask for tags once a cheap pattern has
// matched, and results are cached by sentence: as an editor types, only the sentence being
// edited is tagged again.

export interface Term {
  text: string
  lower: string
  tags: ReadonlySet<string>
  /** Offsets in the sentence. */
  start: number
  end: number
}

const CACHE_LIMIT = 2000
const cache = new Map<string, Term[]>()

export function tagSentence(sentence: string): Term[] {
  const cached = cache.get(sentence)
  if (cached) return cached
  const terms: Term[] = []
  let offset = 0
  for (const phrase of nlp(sentence).docs) {
    for (const term of phrase) {
      offset += term.pre.length
      terms.push({
        text: term.text,
        lower: term.text.toLowerCase(),
        tags: term.tags ?? new Set(),
        start: offset,
        end: offset + term.text.length,
      })
      offset += term.text.length + term.post.length
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string)
  cache.set(sentence, terms)
  return terms
}

/** The term that covers a character offset of the sentence. */
export function termAt(terms: readonly Term[], offset: number): Term | undefined {
  return terms.find((term) => offset >= term.start && offset < term.end)
}

export const isVerb = (term: Term | undefined) => term?.tags.has('Verb') ?? false

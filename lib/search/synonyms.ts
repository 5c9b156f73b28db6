import {z} from 'zod'
import {ANALYZERS, termsIn, type Analyzer} from './analyzer'

/** A group of words or phrases that mean the same to a patient, as editors keep them in Clinic settings. */
export type SynonymGroup = {phrases: string[]; terms: string[][]}

// Content is typed by the schema, but a half-edited group (one word, blanks) must not break search.
const groupsSchema = z
  .array(z.object({terms: z.array(z.string()).nullish()}).nullish())
  .nullish()
  .catch(null)

/**
 * Groups with at least two usable phrases; each phrase also as the terms the index knows. Each
 * edition's clinic settings document keeps its own groups, read with that edition's analyzer
 * (Chinese groups such as 黑头 / 粉刺 in the Chinese settings).
 */
export function synonymGroupsFrom(raw: unknown, analyzer: Analyzer = ANALYZERS.en): SynonymGroup[] {
  const groups: SynonymGroup[] = []
  for (const group of groupsSchema.parse(raw) ?? []) {
    const phrases = [...new Set((group?.terms ?? []).map((t) => t.trim().replace(/\s+/g, ' ')).filter(Boolean))]
    const usable = phrases.map((phrase) => ({phrase, terms: termsIn(analyzer, phrase)})).filter((p) => p.terms.length > 0)
    if (usable.length >= 2) groups.push({phrases: usable.map((p) => p.phrase), terms: usable.map((p) => p.terms)})
  }
  return groups
}

function containsRun(haystack: string[], needle: string[]): boolean {
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let i = 0; i < needle.length; i++) if (haystack[start + i] !== needle[i]) continue outer
    return true
  }
  return false
}

/** The other phrases of every group the query uses one phrase of (matched on processed terms, in order). */
export function synonymsFor(queryTerms: string[], groups: readonly SynonymGroup[]): string[] {
  const extra = new Set<string>()
  for (const group of groups) {
    const used = group.terms.findIndex((terms) => containsRun(queryTerms, terms))
    if (used === -1) continue
    group.phrases.forEach((phrase, i) => {
      if (i !== used && !containsRun(queryTerms, group.terms[i])) extra.add(phrase)
    })
  }
  return [...extra]
}

import type {Query} from 'minisearch'
import type {ResultKind} from './documents'
import type {SearchIndex} from './search-index'
import {snippetFor, type SnippetPart} from './snippet'
import {termsIn} from './analyzer'
import {hasHan} from './chinese-words'
import {synonymsFor, type SynonymGroup} from './synonyms'

export const RESULTS_SHOWN = 20

export type SearchHit = {
  id: string
  kind: ResultKind
  title: string
  url: string
  category: string | null
  snippet: SnippetPart[]
}

export type SearchOutcome = {
  /** False when the query held no searchable word (empty, punctuation, only "how is the"). */
  searchable: boolean
  total: number
  hits: SearchHit[]
  /** Other words searched for because editors listed them as synonyms. */
  synonyms: string[]
}

function hitFrom(index: SearchIndex, id: string, matched: ReadonlySet<string>): SearchHit | null {
  const doc = index.documents.get(id)
  if (!doc) return null
  const snippet = snippetFor(doc.sections, matched, undefined, index.analyzer)
  return {id, kind: doc.kind, title: doc.title, url: doc.url, category: doc.category, snippet}
}

/** Ranked pages for a patient's query, with the editors' synonyms searched too. */
export function runSearch(index: SearchIndex, query: string, groups: readonly SynonymGroup[], limit = RESULTS_SHOWN): SearchOutcome {
  const terms = termsIn(index.analyzer, query)
  if (terms.length === 0) return {searchable: false, total: 0, hits: [], synonyms: []}
  const synonyms = synonymsFor(terms, groups)
  const expanded: Query = synonyms.length > 0 ? {combineWith: 'OR', queries: [query, ...synonyms]} : query
  const results = index.engine.search(expanded)
  const hits = results
    .slice(0, limit)
    .map((r) => hitFrom(index, String(r.id), new Set(r.terms)))
    .filter((hit): hit is SearchHit => hit !== null)
  return {searchable: true, total: results.length, hits, synonyms}
}

// Looser than the search itself, for Latin words; a Chinese term with one character changed is
// another word, so Chinese terms only find the longer words they begin.
const nearSpelling = (index: SearchIndex) => (term: string) =>
  index.analyzer.locale !== 'en' && hasHan(term) ? false : term.length < 4 ? 1 : term.length < 7 ? 2 : 3

/** For a query that found nothing: pages that come close with looser spelling, if any. */
export function nearMisses(index: SearchIndex, query: string, limit = 3): SearchHit[] {
  if (termsIn(index.analyzer, query).length === 0) return []
  return index.engine
    .search(query, {fuzzy: nearSpelling(index), prefix: true})
    .slice(0, limit)
    .map((r) => hitFrom(index, String(r.id), new Set()))
    .filter((hit): hit is SearchHit => hit !== null)
}

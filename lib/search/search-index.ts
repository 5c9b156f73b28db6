import {createHash} from 'node:crypto'
import MiniSearch, {type Options} from 'minisearch'
import type {Locale} from '@/lib/i18n/locales'
import {ANALYZERS, type Analyzer} from './analyzer'
import {hasHan} from './chinese-words'
import type {SearchDocument} from './documents'

type Indexed = Pick<SearchDocument, 'id' | 'title' | 'headings' | 'summary' | 'category' | 'body'>

/** What a result needs once found: the page, and the passages its snippet is cut from. */
export type StoredDocument = Omit<SearchDocument, 'headings' | 'summary' | 'body'>

export type SearchIndex = {
  /** How this edition's text is split into terms, for its documents and its queries alike. */
  analyzer: Analyzer
  engine: MiniSearch<Indexed>
  documents: Map<string, StoredDocument>
  /** A hash of each document as last indexed, so an update re-indexes only what changed. */
  fingerprints: Map<string, string>
  /** Every indexed term with the number of documents holding it, and each document's terms. */
  vocabulary: Map<string, number>
  termsOf: Map<string, string[]>
  /** Where the terms of the document being added are gathered. */
  collector: {terms?: Set<string>}
}

// Titles first, then headings and FAQ questions, then summaries and categories, then the body.
export const FIELD_BOOST = {title: 6, headings: 2.5, summary: 1.5, category: 1.5, body: 1} as const

// Terms are stems ("pealing" is "peal"). A term the site uses is taken as spelt right: looking for
// near spellings of it would only add other words ("laser" finding "layer") and cost time. An
// unknown term gets one typo from four letters, two from eight; none below, where one edit makes
// another word.
const fuzzyFor = (vocabulary: ReadonlyMap<string, number>) => (term: string) =>
  vocabulary.has(term) || term.length < 4 ? false : term.length < 8 ? 1 : 2

// Chinese terms are one to four characters, where one changed character is another word (毛孔,
// 毛巾): no near spellings. A single character searched alone finds the words it begins (痘 finds 痘痘,
// 痘印), since the index keeps single characters only where they stand alone.
const chineseFuzzyFor = (vocabulary: ReadonlyMap<string, number>) => {
  const latin = fuzzyFor(vocabulary)
  return (term: string) => (hasHan(term) ? false : latin(term))
}
const chinesePrefix = (term: string) => (hasHan(term) ? Array.from(term).length === 1 : term.length >= 4)

function engineOptions(analyzer: Analyzer, collect: (term: string) => void, vocabulary: ReadonlyMap<string, number>): Options<Indexed> {
  const chinese = analyzer.locale === 'zh-Hans'
  return {
    idField: 'id',
    fields: Object.keys(FIELD_BOOST),
    storeFields: [],
    tokenize: (text) => analyzer.wordsOf(text).map((w) => w.word),
    // While indexing, each term is also noted for the vocabulary (see addDocument).
    processTerm: (term) => {
      const processed = analyzer.processTerm(term)
      if (processed !== null) collect(processed)
      return processed
    },
    searchOptions: {
      processTerm: analyzer.processTerm,
      boost: {...FIELD_BOOST},
      fuzzy: chinese ? chineseFuzzyFor(vocabulary) : fuzzyFor(vocabulary),
      // Unfinished last words and longer forms the stemmer keeps apart ("clean" finds "cleanser").
      prefix: chinese ? chinesePrefix : (term) => term.length >= 4,
      // An exact word outranks a near spelling of another word.
      weights: {fuzzy: 0.25, prefix: 0.5},
      combineWith: 'OR',
    },
  }
}

/** An empty index for one edition (English unless told): it must only ever hold that edition's documents. */
export function createSearchIndex(locale: Locale = 'en'): SearchIndex {
  const analyzer = ANALYZERS[locale]
  const vocabulary = new Map<string, number>()
  const collector: {terms?: Set<string>} = {}
  const engine = new MiniSearch<Indexed>(engineOptions(analyzer, (term) => collector.terms?.add(term), vocabulary))
  return {analyzer, engine, documents: new Map(), fingerprints: new Map(), vocabulary, termsOf: new Map(), collector}
}

/** Indexes one document and counts its terms, which MiniSearch hands to processTerm as it goes. */
function addDocument(index: SearchIndex, doc: SearchDocument) {
  index.collector.terms = new Set()
  try {
    index.engine.add({id: doc.id, title: doc.title, headings: doc.headings, summary: doc.summary, category: doc.category, body: doc.body})
    const terms = [...index.collector.terms]
    for (const term of terms) index.vocabulary.set(term, (index.vocabulary.get(term) ?? 0) + 1)
    index.termsOf.set(doc.id, terms)
  } finally {
    index.collector.terms = undefined
  }
}

function forgetTerms(index: SearchIndex, id: string) {
  for (const term of index.termsOf.get(id) ?? []) {
    const left = (index.vocabulary.get(term) ?? 1) - 1
    if (left > 0) index.vocabulary.set(term, left)
    else index.vocabulary.delete(term)
  }
  index.termsOf.delete(id)
}

const fingerprint = (doc: SearchDocument) => createHash('sha1').update(JSON.stringify(doc)).digest('base64')

export type IndexUpdate = {added: number; changed: number; removed: number}

/** One document at a time, so a first build can hand the event loop back between documents. */
function* updateSteps(index: SearchIndex, docs: readonly SearchDocument[], update: IndexUpdate): Generator<void> {
  const seen = new Set<string>()
  for (const doc of docs) {
    // An edition's index holds its own documents only: a Chinese page never answers an English
    // search (the content query filters by language already; this holds if a caller mixes them).
    if (seen.has(doc.id) || doc.language !== index.analyzer.locale) continue
    seen.add(doc.id)
    const print = fingerprint(doc)
    const before = index.fingerprints.get(doc.id)
    if (before === print) continue
    if (before === undefined) update.added++
    else {
      index.engine.discard(doc.id)
      forgetTerms(index, doc.id)
      update.changed++
    }
    addDocument(index, doc)
    index.fingerprints.set(doc.id, print)
    index.documents.set(doc.id, {id: doc.id, language: doc.language, kind: doc.kind, title: doc.title, url: doc.url, category: doc.category, sections: doc.sections})
    yield
  }
  for (const id of [...index.fingerprints.keys()]) {
    if (seen.has(id)) continue
    index.engine.discard(id)
    forgetTerms(index, id)
    index.fingerprints.delete(id)
    index.documents.delete(id)
    update.removed++
  }
}

/**
 * Brings the index to exactly `docs`: new documents are added, changed ones replaced, missing ones
 * discarded. After one publish that is one document, not the whole site.
 */
export function updateSearchIndex(index: SearchIndex, docs: readonly SearchDocument[]): IndexUpdate {
  const update: IndexUpdate = {added: 0, changed: 0, removed: 0}
  for (const _ of updateSteps(index, docs, update));
  return update
}

// Segmenting Chinese (Intl.Segmenter) makes a megabyte of Chinese text about twice as slow to
// index as a megabyte of English (npm run bench:search), so a Chinese first build hands the event
// loop back more often.
const DOCS_PER_TURN: Record<Locale, number> = {en: 50, 'zh-Hans': 20}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * A new index of `docs`, built in turns of `docsPerTurn` documents: a large site takes seconds to
 * index, and the server keeps answering other requests meanwhile. Only for an index nobody reads
 * yet; a search running between two turns would see part of the site.
 */
export async function buildSearchIndex(docs: readonly SearchDocument[], docsPerTurn?: number, locale: Locale = 'en'): Promise<SearchIndex> {
  const index = createSearchIndex(locale)
  const update: IndexUpdate = {added: 0, changed: 0, removed: 0}
  const perTurn = docsPerTurn ?? DOCS_PER_TURN[locale]
  let done = 0
  for (const _ of updateSteps(index, docs, update)) if (++done % perTurn === 0) await nextTurn()
  return index
}

import {createHash} from 'node:crypto'
import MiniSearch, {type Options} from 'minisearch'
import type {SearchDocument} from './documents'
import {processTerm} from './terms'
import {tokenize} from './tokenize'

type Indexed = Pick<SearchDocument, 'id' | 'title' | 'headings' | 'summary' | 'category' | 'body'>

/** What a result needs once found: the page, and the passages its snippet is cut from. */
export type StoredDocument = Omit<SearchDocument, 'headings' | 'summary' | 'body'>

export type SearchIndex = {
  engine: MiniSearch<Indexed>
  documents: Map<string, StoredDocument>
  /** A hash of each document as last indexed, so an update re-indexes only what changed. */
  fingerprints: Map<string, string>
}

// Titles first, then headings and FAQ questions, then summaries and categories, then the body.
export const FIELD_BOOST = {title: 6, headings: 2.5, summary: 1.5, category: 1.5, body: 1} as const

export const ENGINE_OPTIONS: Options<Indexed> = {
  idField: 'id',
  fields: Object.keys(FIELD_BOOST),
  storeFields: [],
  tokenize,
  processTerm,
  searchOptions: {
    boost: {...FIELD_BOOST},
    // Terms are stems here ("pealing" is "peal"): one typo from four letters, two from eight; none
    // in shorter words, where one edit makes another word.
    fuzzy: (term) => (term.length < 4 ? false : term.length < 8 ? 1 : 2),
    // Unfinished last words and longer forms the stemmer keeps apart ("clean" finds "cleanser").
    prefix: (term) => term.length >= 4,
    // An exact word outranks a near spelling of another word ("laser" over "layer").
    weights: {fuzzy: 0.25, prefix: 0.5},
    combineWith: 'OR',
  },
}

export function createSearchIndex(): SearchIndex {
  return {engine: new MiniSearch<Indexed>(ENGINE_OPTIONS), documents: new Map(), fingerprints: new Map()}
}

const fingerprint = (doc: SearchDocument) => createHash('sha1').update(JSON.stringify(doc)).digest('base64')

export type IndexUpdate = {added: number; changed: number; removed: number}

/**
 * Brings the index to exactly `docs`: new documents are added, changed ones replaced, missing ones
 * discarded. After one publish that is one document, not the whole site.
 */
export function updateSearchIndex(index: SearchIndex, docs: readonly SearchDocument[]): IndexUpdate {
  const update: IndexUpdate = {added: 0, changed: 0, removed: 0}
  const seen = new Set<string>()
  for (const doc of docs) {
    if (seen.has(doc.id)) continue
    seen.add(doc.id)
    const print = fingerprint(doc)
    const before = index.fingerprints.get(doc.id)
    if (before === print) continue
    if (before === undefined) update.added++
    else {
      index.engine.discard(doc.id)
      update.changed++
    }
    index.engine.add({id: doc.id, title: doc.title, headings: doc.headings, summary: doc.summary, category: doc.category, body: doc.body})
    index.fingerprints.set(doc.id, print)
    index.documents.set(doc.id, {id: doc.id, kind: doc.kind, title: doc.title, url: doc.url, category: doc.category, sections: doc.sections})
  }
  for (const id of [...index.fingerprints.keys()]) {
    if (seen.has(id)) continue
    index.engine.discard(id)
    index.fingerprints.delete(id)
    index.documents.delete(id)
    update.removed++
  }
  return update
}

import {parse, type ExprNode} from 'groq-js'
import type {QueryParams as SiteQueryParams} from '../../lib/content/perspective'
import {DatasetIndex} from '../../lib/content/snapshot/dataset-index'
import {evaluateIndexed, evaluateInMemory} from '../../lib/content/snapshot/evaluate-indexed'
import {narrowedTree} from '../../lib/content/snapshot/query-trees'
import {badRequest} from './errors'
import {documentsInPerspective, readableDocuments, type Caller} from './perspective'
import type {DocumentStore, LakeDocument} from './store'

export type QueryParams = Record<string, unknown>

function parsed(make: () => ExprNode): ExprNode {
  try {
    return make()
  } catch (error) {
    throw badRequest(`Invalid GROQ query: ${(error as Error).message}`)
  }
}

/** A query over the documents given, every one of them scanned (mutations by query, single-document checks). */
export async function runQuery(
  documents: LakeDocument[],
  query: string,
  params: QueryParams,
  options: {identity?: string} = {},
): Promise<unknown> {
  const tree = parsed(() => parse(query, {params}))
  return evaluateInMemory(tree, {dataset: documents, params, identity: options.identity})
}

// The data API's queries are evaluated the way the site's snapshot source evaluates them
// (lib/content/snapshot): over an index of the documents the caller sees through the perspective,
// `*[filter]` narrowed to the documents the index says can match (the filter is kept, so the answer
// is the full scan's) and `->` looked up by id. groq-js alone scans every document for each `*` and
// each `->`: at 5,000 posts a post page's query took seconds. The indexes of a perspective are
// built when first needed after a commit and kept until the next one.
type Indexes = {version: number; byView: Map<string, DatasetIndex>}
const indexesOf = new WeakMap<DocumentStore, Indexes>()

function indexFor(store: DocumentStore, caller: Caller, perspective: string[]): DatasetIndex {
  let indexes = indexesOf.get(store)
  if (!indexes || indexes.version !== store.version) {
    indexes = {version: store.version, byView: new Map()}
    indexesOf.set(store, indexes)
  }
  const view = `${caller.kind}\u0000${perspective.join(',')}`
  let index = indexes.byView.get(view)
  if (!index) {
    index = new DatasetIndex(documentsInPerspective(readableDocuments(store.all(), caller), perspective))
    indexes.byView.set(view, index)
  }
  return index
}

export async function queryStore(
  store: DocumentStore,
  request: {query: string; params: QueryParams; perspective: string[]; caller: Caller},
): Promise<unknown> {
  const index = indexFor(store, request.caller, request.perspective)
  const tree = parsed(() => narrowedTree(request.query, request.params as SiteQueryParams))
  const identity = request.caller.kind === 'editor' ? request.caller.userId : undefined
  return evaluateIndexed(tree, index, request.params as SiteQueryParams, identity)
}

/** Whether a listener's query selects this document (evaluated on the document alone). */
export async function queryMatches(
  query: string,
  params: QueryParams,
  doc: LakeDocument | null,
): Promise<boolean> {
  if (!doc) return false
  const result = await runQuery([doc], query, params)
  return Array.isArray(result) ? result.length > 0 : result !== null && result !== undefined
}

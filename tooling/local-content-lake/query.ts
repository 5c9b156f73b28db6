import {evaluate, parse} from 'groq-js'
import {badRequest} from './errors'
import {documentsInPerspective, readableDocuments, type Caller} from './perspective'
import type {DocumentStore, LakeDocument} from './store'

export type QueryParams = Record<string, unknown>

export async function runQuery(
  documents: LakeDocument[],
  query: string,
  params: QueryParams,
  options: {identity?: string} = {},
): Promise<unknown> {
  let tree
  try {
    tree = parse(query, {params})
  } catch (error) {
    throw badRequest(`Invalid GROQ query: ${(error as Error).message}`)
  }
  const result = await evaluate(tree, {dataset: documents, params, identity: options.identity})
  return result.get()
}

export async function queryStore(
  store: DocumentStore,
  request: {query: string; params: QueryParams; perspective: string[]; caller: Caller},
): Promise<unknown> {
  const visible = documentsInPerspective(readableDocuments(store.all(), request.caller), request.perspective)
  const identity = request.caller.kind === 'editor' ? request.caller.userId : undefined
  return runQuery(visible, request.query, request.params, {identity})
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

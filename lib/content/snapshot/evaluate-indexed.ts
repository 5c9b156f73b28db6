import {evaluate, evaluateSync, type EvaluateOptions, type ExprNode} from 'groq-js'
import type {QueryParams} from '../perspective'
import type {DatasetIndex} from './dataset-index'

/**
 * Evaluates a narrowed tree (query-trees.ts) over one perspective's documents. `->` looks the id
 * up in the index instead of scanning every document.
 */
export async function evaluateIndexed<T>(tree: ExprNode, index: DatasetIndex, params: QueryParams, identity?: string): Promise<T> {
  // The candidate lists the narrowed tree asks for are arrays, which groq-js's type for
  // `dereference` does not foresee; its evaluator passes any value on (candidate-key.ts).
  const dereference = index.dereference as EvaluateOptions['dereference']
  return evaluateInMemory<T>(tree, {dataset: index.documents, params, dereference, identity})
}

/**
 * groq-js over documents held in memory: its synchronous evaluator (the same executors, without
 * walking the dataset as a stream for every `*` and `->`, many times faster), and the asynchronous
 * one for a query the synchronous one cannot run. Also the local Content Lake's and the tests'.
 */
export async function evaluateInMemory<T>(tree: ExprNode, options: EvaluateOptions): Promise<T> {
  let sync
  try {
    sync = evaluateSync(tree, options)
  } catch {
    return (await (await evaluate(tree, options)).get()) as T
  }
  return (await sync.get()) as T
}

import {evaluate, evaluateSync, type EvaluateOptions, type ExprNode} from 'groq-js'
import type {QueryParams} from '../perspective'
import type {DatasetIndex} from './dataset-index'

/**
 * Evaluates a narrowed tree (query-trees.ts) over one perspective's documents. `->` looks the id
 * up in the index instead of scanning every document. The synchronous evaluator is used because
 * the dataset is in memory; a query it cannot run that way goes through the asynchronous one.
 */
export async function evaluateIndexed<T>(tree: ExprNode, index: DatasetIndex, params: QueryParams): Promise<T> {
  // The candidate lists the narrowed tree asks for are arrays, which groq-js's type for
  // `dereference` does not foresee; its evaluator passes any value on (candidate-key.ts).
  const dereference = index.dereference as EvaluateOptions['dereference']
  const options: EvaluateOptions = {dataset: index.documents, params, dereference}
  try {
    return (await evaluateSync(tree, options).get()) as T
  } catch {
    return (await (await evaluate(tree, options)).get()) as T
  }
}

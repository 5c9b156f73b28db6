// The two ways of answering a query over a list of documents that the snapshot tests compare:
// plain groq-js over every document (what the snapshot source did before the index), and the
// indexed evaluator the source uses now.
import {parse} from 'groq-js'
import {withScheduleRule} from '@/lib/content/live-filter'
import type {Perspective, QueryParams} from '@/lib/content/perspective'
import {DatasetIndex} from '@/lib/content/snapshot/dataset-index'
import {evaluateInMemory, evaluateIndexed} from '@/lib/content/snapshot/evaluate-indexed'
import {overlayDrafts} from '@/lib/content/snapshot/overlay-drafts'
import {narrowedTree} from '@/lib/content/snapshot/query-trees'
import type {SnapshotDocument} from '@/lib/content/snapshot-source'

export type Run = <T>(query: string, params: QueryParams, perspective: Perspective) => Promise<T>

export const perspectiveDocuments = (documents: SnapshotDocument[], perspective: Perspective) =>
  perspective === 'drafts' ? overlayDrafts(documents) : documents.filter((doc) => !doc._id.startsWith('drafts.'))

export function fullScan(documents: SnapshotDocument[]): Run {
  const datasets = {published: perspectiveDocuments(documents, 'published'), drafts: perspectiveDocuments(documents, 'drafts')}
  return async <T>(query: string, queryParams: QueryParams, perspective: Perspective) => {
    const params = withScheduleRule(queryParams, perspective)
    return evaluateInMemory<T>(parse(query, {params}), {dataset: datasets[perspective], params})
  }
}

export function indexed(documents: SnapshotDocument[], makeIndex = (docs: SnapshotDocument[]) => new DatasetIndex(docs)): Run {
  const indexes = {published: makeIndex(perspectiveDocuments(documents, 'published')), drafts: makeIndex(perspectiveDocuments(documents, 'drafts'))}
  return async <T>(query: string, queryParams: QueryParams, perspective: Perspective) => {
    const params = withScheduleRule(queryParams, perspective)
    return evaluateIndexed<T>(narrowedTree(query, params), indexes[perspective], params)
  }
}

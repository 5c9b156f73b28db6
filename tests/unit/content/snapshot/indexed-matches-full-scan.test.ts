import fs from 'node:fs'
import path from 'node:path'
import {isDeepStrictEqual} from 'node:util'
import type {Perspective, QueryParams} from '@/lib/content/perspective'
import {parse} from 'groq-js'
import {DatasetIndex} from '@/lib/content/snapshot/dataset-index'
import {narrowFilters} from '@/lib/content/snapshot/narrow-filters'
import {parseNdjson, snapshotFile, type SnapshotDocument} from '@/lib/content/snapshot-source'
import {contentLookup} from '@/lib/publishing/tags-for-document'
import {fullScan, indexed, type Run} from './evaluators'
import {generatedSnapshot} from './generated-snapshot'
import {parameterValues, paramsFor} from './query-params'
import {QUERIES, QUERY_MODULES, SITE_QUERIES} from './site-queries'

// Every query the site runs, answered by the indexed snapshot evaluator and by plain groq-js over
// every document, must be equal: same documents, same order, same projections, in both
// perspectives, on the bundled snapshot and on a generated one with hundreds of posts, drafts,
// scheduled and taken-down posts and references between them.

const bundled = parseNdjson(fs.readFileSync(snapshotFile(), 'utf8'), 'snapshot')
const large = generatedSnapshot(bundled, 400)

async function differences(documents: SnapshotDocument[], perspective: Perspective, run: Run, reference: Run, most: number, combos = 200) {
  const values = parameterValues(documents, most)
  const found: Array<{label: string; expected: unknown; actual: unknown}> = []
  let compared = 0
  for (const [name, query] of QUERIES) {
    for (const params of paramsFor(query, values, combos)) {
      const [expected, actual] = await Promise.all([reference(query, params, perspective), run(query, params, perspective)])
      compared++
      if (!isDeepStrictEqual(expected, actual)) found.push({label: `${name}(${JSON.stringify(params)})`, expected, actual})
    }
  }
  const lookups = [contentLookup(reference), contentLookup(run)]
  const [all, allIndexed] = await Promise.all(lookups.map((lookup) => lookup.everything()))
  if (!isDeepStrictEqual(all, allIndexed)) found.push({label: 'everything()', expected: all, actual: allIndexed})
  for (const id of values.id as string[]) {
    const [expected, actual] = await Promise.all(lookups.map((lookup) => lookup.referencing(id)))
    compared++
    if (!isDeepStrictEqual(expected, actual)) found.push({label: `referencing(${id})`, expected, actual})
  }
  return {compared, labels: found.map((d) => d.label), first: found[0]}
}

describe.each([
  ['the bundled snapshot', bundled, 1000, 200],
  ['a generated snapshot of 400 posts', large, 8, 30],
])('the indexed snapshot evaluator on %s', (_name, documents, most, combos) => {
  it.each(['published', 'drafts'] as const)('answers every query as a full scan does (%s)', async (perspective) => {
    const result = await differences(documents, perspective, indexed(documents), fullScan(documents), most, combos)
    expect({labels: result.labels, first: result.first}).toEqual({labels: [], first: undefined})
    expect(result.compared).toBeGreaterThan(200)
  }, 240_000)
})

describe('the comparison notices an index that gets the candidates wrong', () => {
  // The filter is kept over the candidates, so a wrong index shows as a missing, repeated or
  // misplaced document, or one from the other perspective.
  class Sabotaged extends DatasetIndex {
    constructor(documents: SnapshotDocument[], private readonly change: (list: SnapshotDocument[]) => SnapshotDocument[]) {
      super(documents)
    }
    candidates(key: string) {
      const list = super.candidates(key)
      return list && this.change(list)
    }
  }
  it.each([
    ['drops a document', (list: SnapshotDocument[]) => list.slice(1)],
    ['adds a document twice', (list: SnapshotDocument[]) => [...list, ...list.slice(0, 1)]],
    ['reorders the documents', (list: SnapshotDocument[]) => [...list].reverse()],
  ])('%s', async (_name, change) => {
    const run = indexed(bundled, (docs) => new Sabotaged(docs, change))
    const result = await differences(bundled, 'published', run, fullScan(bundled), 1000)
    expect(result.labels.length).toBeGreaterThan(0)
  }, 120_000)

  it('uses the documents of the right perspective', async () => {
    const withDrafts = indexed(bundled, () => new DatasetIndex(bundled))
    const result = await differences(bundled, 'published', withDrafts, fullScan(bundled), 1000)
    expect(result.labels.length).toBeGreaterThan(0)
  })
})

describe('the narrowing', () => {
  // Without it the comparison above would pass trivially: every `*[...]` of the site's queries is
  // answered from the index except where no conjunct can be.
  const unnarrowed = (query: string, params: QueryParams) => {
    let count = 0
    JSON.stringify(narrowFilters(parse(query, {params})), (key, value: {type?: string; base?: {type?: string}}) => {
      if (value && value.type === 'Filter' && value.base?.type === 'Everything') count++
      return value
    })
    return count
  }
  it('is tried on every module that defines queries', () => {
    const files = (fs.readdirSync('lib', {recursive: true}) as string[])
      .filter((file) => file.endsWith('.ts') && fs.readFileSync(path.join('lib', file), 'utf8').includes('defineQuery('))
      .map((file) => path.join('lib', file))
    expect(files.sort()).toEqual([...QUERY_MODULES].sort())
  })

  it('leaves no full scan in the site queries', () => {
    const params = {includeScheduled: false, slug: 's', category: null, start: 0, end: 10, limit: 3, excludeId: 'x', categoryIds: ['a'], type: 'post', from: 'a', to: 'b', after: 'a', id: 'x', language: 'en', publishedAt: 'a', recentPosts: 3, pinnedPostIds: ['x']}
    const scans = SITE_QUERIES.filter(([, query]) => unnarrowed(query, params) > 0).map(([name]) => name)
    expect(scans).toEqual([])
    expect(unnarrowed('*[_type == "post" || _type == "treatment"]', {})).toBe(1)
  })
})

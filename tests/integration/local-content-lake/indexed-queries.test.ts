import fs from 'node:fs'
import path from 'node:path'
import {isDeepStrictEqual} from 'node:util'
import {parseNdjson, snapshotFile} from '@/lib/content/snapshot-source'
import {documentsInPerspective, readableDocuments, type Caller} from '@/tooling/local-content-lake/perspective'
import {queryStore, runQuery, type QueryParams} from '@/tooling/local-content-lake/query'
import {generatedSnapshot, toNdjson} from '../../unit/content/snapshot/generated-snapshot'
import {parameterValues, paramsFor} from '../../unit/content/snapshot/query-params'
import {QUERIES} from '../../unit/content/snapshot/site-queries'
import {API, startTestLake, workingCopy, type TestLake} from './lake-fixture'

// The lake answers the data API's queries through the snapshot source's index (query.ts). Every
// site query, for every caller and perspective the lake serves, must give what plain groq-js gives
// over every document the caller sees, also after commits that change what the indexes hold.

// Besides the site's queries: what Studio-like callers ask (ids, references, drafts, `->` in projections).
const MORE: Array<[string, string]> = [
  ['by id', '*[_id == $id]{_id, _rev, title}'],
  ['drafts by path', '*[_id in path("drafts.**")]{_id, _type} | order(_id asc)'],
  ['references', '*[references($id)]{_id, "refs": categories[]->slug.current}'],
  ['type and slug', '*[_type == "post" && slug.current == $slug][0]{title, author->{name}, categories[]->{title}}'],
  ['identity', '{"me": identity(), "count": count(*[_type == "post"])}'],
]

const CALLERS: Caller[] = [{kind: 'editor', userId: 'p-local-demo-editor'}, {kind: 'anonymous'}]
const PERSPECTIVES = [['raw'], ['published'], ['drafts']]

let lake: TestLake

beforeAll(async () => {
  const dir = workingCopy()
  const bundled = parseNdjson(fs.readFileSync(snapshotFile(), 'utf8'), 'snapshot')
  fs.writeFileSync(path.join(dir, 'data.ndjson'), toNdjson(generatedSnapshot(bundled, 120)))
  lake = await startTestLake({dir})
}, 60_000)

afterAll(() => lake.close())

async function differences(most: number): Promise<{labels: string[]; compared: number}> {
  const documents = lake.store.all()
  const values = parameterValues(documents, 4)
  const labels: string[] = []
  let compared = 0
  for (const caller of CALLERS) {
    for (const perspective of PERSPECTIVES) {
      const visible = documentsInPerspective(readableDocuments(documents, caller), perspective)
      const identity = caller.kind === 'editor' ? caller.userId : undefined
      for (const [name, query] of [...QUERIES, ...MORE]) {
        for (const params of paramsFor(query, values, most) as QueryParams[]) {
          const [indexed, scanned] = await Promise.all([
            queryStore(lake.store, {query, params, perspective, caller}),
            runQuery(visible, query, params, {identity}),
          ])
          compared++
          if (!isDeepStrictEqual(indexed, scanned)) labels.push(`${caller.kind} ${perspective} ${name}(${JSON.stringify(params)})`)
        }
      }
    }
  }
  return {labels, compared}
}

it('answers every query as a full scan over the documents the caller sees does', async () => {
  const {labels, compared} = await differences(8)
  expect(labels).toEqual([])
  expect(compared).toBeGreaterThan(300)
}, 300_000)

it('still does after commits that change slugs, types and references (the indexes are rebuilt)', async () => {
  // Read once so that the indexes exist, then change what they are keyed by.
  await differences(1)
  const [post, other] = lake.store.all().filter((d) => d._type === 'post' && !d._id.startsWith('drafts.'))
  const mutations = [
    {patch: {id: post._id, set: {'slug.current': (other.slug as {current: string}).current, categories: []}}},
    {patch: {id: other._id, set: {_type: 'retiredPost'}}},
    {createOrReplace: {...post, _id: `drafts.${post._id}`, title: 'A new draft'}},
  ]
  expect((await lake.api(`${API}/data/mutate/production`, {body: {mutations}})).status).toBe(200)
  const {labels} = await differences(8)
  expect(labels).toEqual([])
  // The change is seen at all: the slug now finds the renamed post, and not the one made another type.
  const bySlug = await queryStore(lake.store, {query: '*[_type == "post" && slug.current == $slug]._id', params: {slug: (other.slug as {current: string}).current}, perspective: ['published'], caller: CALLERS[0]})
  expect(bySlug).toEqual([post._id])
}, 300_000)

import {isDeepStrictEqual} from 'node:util'
import * as queries from '@/lib/content/queries'
import type {Perspective, QueryParams} from '@/lib/content/perspective'
import {startLocalContentLake, type LocalContentLake} from '@/tooling/local-content-lake/server'
import {useLakeAsContentSource, workingCopy} from '../local-content-lake/lake-fixture'
import {queryCases, type Case} from '../../unit/content/query-cases'

// The site reads Sanity through @sanity/client over HTTP (lib/content/sanity-source.ts, the client
// config of lib/content/sanity-client.ts) and the bundled snapshot through groq-js in process
// (snapshot-source.ts). Both must give the page the same answer. The local Content Lake serves the
// same working copy the snapshot source reads, so any difference comes from the Sanity path:
// client config, perspective, parameter encoding, response unwrapping, the token.

type Source = <T>(query: string, params: QueryParams, perspective: Perspective) => Promise<T>

let lake: LocalContentLake
let sanity: Source
let snapshot: Source
let cases: Case[]

beforeAll(async () => {
  const dir = workingCopy()
  lake = await startLocalContentLake({dir, port: 0, httpPort: 0, strict: true, log: () => {}})
  useLakeAsContentSource(lake, dir)
  sanity = (await import('@/lib/content/sanity-source')).querySanity
  snapshot = (await import('@/lib/content/snapshot-source')).querySnapshot
  cases = await queryCases()
})

afterAll(async () => {
  const unknown = lake.unknownRequests()
  await lake.close()
  expect(unknown).toEqual([])
})

async function differences(list: Array<{label: string; query: string; params: QueryParams}>, perspective: Perspective) {
  const found: Array<{label: string; sanity: unknown; snapshot: unknown}> = []
  for (const {label, query, params} of list) {
    const [fromSanity, fromSnapshot] = await Promise.all([sanity(query, params, perspective), snapshot(query, params, perspective)])
    if (!isDeepStrictEqual(fromSanity, fromSnapshot)) found.push({label, sanity: fromSanity, snapshot: fromSnapshot})
  }
  // One example in full is enough to see what differs; the labels name the rest.
  return {labels: found.map((d) => d.label), first: found[0]}
}

const asList = (all: Case[]) => all.map(({name, params}) => ({label: `${name}(${JSON.stringify(params)})`, query: queries[name], params: params as QueryParams}))

describe('the Sanity path (@sanity/client over HTTP to the local Content Lake) and the snapshot agree', () => {
  it('cover every query the getters use', () => {
    const covered = new Set(cases.map((c) => c.name))
    const all = Object.keys(queries).filter((name) => name.endsWith('Query'))
    expect(all.filter((name) => !covered.has(name as Case['name']))).toEqual([])
    expect(cases.length).toBeGreaterThan(20)
  })

  it('for every query over every document, published', async () => {
    expect(await differences(asList(cases), 'published')).toEqual({labels: [], first: undefined})
  })

  it('for every query over every document, with drafts (preview)', async () => {
    // The snapshot has drafts, so this perspective reads something the published one does not.
    const slug = {slug: 'double-cleansing-step-by-step'}
    expect(await snapshot(queries.postBySlugQuery, slug, 'drafts')).not.toEqual(await snapshot(queries.postBySlugQuery, slug, 'published'))
    expect(await differences(asList(cases), 'drafts')).toEqual({labels: [], first: undefined})
  })

  it('for the lookups of the publish webhook (what references a document, every page)', async () => {
    const {contentLookup} = await import('@/lib/publishing/tags-for-document')
    const viaSanity = contentLookup(sanity)
    const viaSnapshot = contentLookup(snapshot)
    expect(await viaSanity.everything()).toEqual(await viaSnapshot.everything())
    const ids = await snapshot<string[]>(`*[!(_id in path("drafts.**"))]._id`, {}, 'published')
    const differing: string[] = []
    for (const id of ids) {
      if (!isDeepStrictEqual(await viaSanity.referencing(id), await viaSnapshot.referencing(id))) differing.push(id)
    }
    expect(differing).toEqual([])
  })
})

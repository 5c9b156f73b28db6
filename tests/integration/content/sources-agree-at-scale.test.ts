import fs from 'node:fs'
import path from 'node:path'
import {isDeepStrictEqual} from 'node:util'
import type {Perspective, QueryParams} from '@/lib/content/perspective'
import {parseNdjson, snapshotFile} from '@/lib/content/snapshot-source'
import {startLocalContentLake, type LocalContentLake} from '@/tooling/local-content-lake/server'
import {useLakeAsContentSource, workingCopy} from '../local-content-lake/lake-fixture'
import {generatedSnapshot, toNdjson} from '../../unit/content/snapshot/generated-snapshot'
import {parameterValues, paramsFor} from '../../unit/content/snapshot/query-params'
import {QUERIES} from '../../unit/content/snapshot/site-queries'

// The Sanity path (@sanity/client over HTTP to the local Content Lake) and the indexed snapshot
// source give the same answer to every query, over a generated snapshot larger than the bundled
// one (copied posts with drafts, scheduled and taken-down posts, Chinese copies, references
// between them), which both read from the same file. sanity-path-matches-snapshot.test.ts does
// the same over the bundled snapshot.

type Source = <T>(query: string, params: QueryParams, perspective: Perspective) => Promise<T>

let lake: LocalContentLake
let sanity: Source
let snapshot: Source
let documents: ReturnType<typeof parseNdjson>

beforeAll(async () => {
  const dir = workingCopy()
  const bundled = parseNdjson(fs.readFileSync(snapshotFile(), 'utf8'), 'snapshot')
  documents = generatedSnapshot(bundled, 150)
  fs.writeFileSync(path.join(dir, 'data.ndjson'), toNdjson(documents))
  lake = await startLocalContentLake({dir, port: 0, httpPort: 0, strict: true, log: () => {}})
  useLakeAsContentSource(lake, dir)
  sanity = (await import('@/lib/content/sanity-source')).querySanity
  snapshot = (await import('@/lib/content/snapshot-source')).querySnapshot
}, 120_000)

afterAll(async () => {
  await lake.close()
})

describe.each(['published', 'drafts'] as const)('at 150 posts, perspective %s', (perspective) => {
  it('the Content Lake and the indexed snapshot answer every query alike', async () => {
    const values = parameterValues(documents, 6)
    const differing: Array<{label: string; sanity: unknown; snapshot: unknown}> = []
    let compared = 0
    for (const [name, query] of QUERIES) {
      for (const params of paramsFor(query, values, 60)) {
        const [fromSanity, fromSnapshot] = await Promise.all([sanity(query, params, perspective), snapshot(query, params, perspective)])
        compared++
        if (!isDeepStrictEqual(fromSanity, fromSnapshot)) differing.push({label: `${name}(${JSON.stringify(params)})`, sanity: fromSanity, snapshot: fromSnapshot})
      }
    }
    expect({labels: differing.map((d) => d.label), first: differing[0]}).toEqual({labels: [], first: undefined})
    expect(compared).toBeGreaterThan(150)
  }, 300_000)
})

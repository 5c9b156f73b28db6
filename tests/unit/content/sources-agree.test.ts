import * as queries from '@/lib/content/queries'
import {querySanity} from '@/lib/content/sanity-source'
import {querySnapshot} from '@/lib/content/snapshot-source'
import type {QueryParams} from '@/lib/content/perspective'
import {queryCases} from './query-cases'

// Both content sources must give the same answer to every query. Needs a Content Lake holding the
// same content as CONTENT_SNAPSHOT_DIR: `npm run test:e2e:sanity` runs this file against the local
// Content Lake (and fails if it was skipped). Without SANITY_API_HOST there is nothing to compare.
const lake = process.env.SANITY_PROJECT_ID && process.env.SANITY_API_HOST ? describe : describe.skip

lake('the Content Lake and the snapshot give the same results', () => {
  it('for every query over every document, published', async () => {
    const cases = await queryCases()
    expect(cases.length).toBeGreaterThan(20)
    const differences: string[] = []
    for (const {name, params} of cases) {
      const fromLake = await querySanity(queries[name], params as QueryParams, 'published')
      const fromSnapshot = await querySnapshot(queries[name], params as QueryParams, 'published')
      if (JSON.stringify(fromLake) !== JSON.stringify(fromSnapshot)) differences.push(`${name}(${JSON.stringify(params)})`)
    }
    expect(differences).toEqual([])
  })

  it('for the drafts perspective (preview)', async () => {
    for (const slug of ['double-cleansing-step-by-step', 'draft-only-example']) {
      const fromLake = await querySanity(queries.postBySlugQuery, {slug}, 'drafts')
      const fromSnapshot = await querySnapshot(queries.postBySlugQuery, {slug}, 'drafts')
      expect(fromLake).not.toBeNull()
      expect(fromLake).toEqual(fromSnapshot)
    }
  })
})

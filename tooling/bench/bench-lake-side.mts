// The local Content Lake's own share of a publish, without the site: on a generated snapshot of
// --posts posts, N publishes as the Studio makes them (the edited draft, then the publish action),
// each followed at once by the five queries the post page makes. Shows what a commit leaves on the
// lake's event loop (a query sent right after it waits behind it). Compare two lakes with
// LOCAL_LAKE_CLI=<another checkout>/tooling/local-content-lake/cli.ts.
//   npx tsx tooling/bench/bench-lake-side.mts [posts=5000] [publishes=8]
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {createClient} from '@sanity/client'
import * as q from '../../lib/content/queries'
import {ROOT, startLocalLake} from '../../scripts/lib/local-lake-process.mjs'
import {writeScaledSnapshot} from './scale-snapshot.mjs'

const posts = Number(process.argv[2] ?? 5000)
const publishes = Number(process.argv[3] ?? 8)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinic-lake-side-'))
try {
  writeScaledSnapshot({fromDir: path.join(ROOT, 'sanity/dataset'), toDir: path.join(dir, 'dataset'), posts})
  const lake = await startLocalLake({dir: path.join(dir, 'dataset'), port: 0, timeoutMs: 120_000})
  try {
    const client = createClient({projectId: lake.projectId, dataset: lake.dataset, apiVersion: 'v2025-02-19', token: lake.token, useCdn: false, apiHost: lake.httpUrl, useProjectHostname: false, perspective: 'published'})
    const slug = 'can-you-close-pores-permanently'
    const id = `post.${slug}`
    const site = {language: 'en', includeScheduled: false}
    const pageQueries: Array<[string, string, Record<string, unknown>]> = [
      ['settings', q.settingsQuery, site],
      ['postBySlug', q.postBySlugQuery, {...site, slug}],
      ['categories', q.categoriesQuery, site],
      ['translations', q.translationsQuery, {id}],
      ['livePage', q.livePageQuery, {...site, type: 'post', slug}],
    ]
    const times: Record<string, number[]> = {publishAction: [], pageQueriesAfter: []}
    for (let i = 0; i < publishes; i++) {
      const doc = await client.getDocument(id)
      await client.createOrReplace({...doc!, _id: `drafts.${id}`, title: `${doc!.title} ${i}`})
      const t0 = performance.now()
      await client.action({actionType: 'sanity.action.document.publish', draftId: `drafts.${id}`, publishedId: id})
      times.publishAction.push(performance.now() - t0)
      const t1 = performance.now()
      for (const [name, query, params] of pageQueries) {
        const t = performance.now()
        await client.fetch(query, params as never)
        ;(times[name] ??= []).push(performance.now() - t)
      }
      times.pageQueriesAfter.push(performance.now() - t1)
    }
    const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)])
    const summary = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, {medianMs: median(v), maxMs: Math.round(Math.max(...v))}]))
    console.log(JSON.stringify({posts, lake: process.env.LOCAL_LAKE_CLI ?? 'this checkout', publishes, loadAverage: os.loadavg().map((l) => +l.toFixed(2)), ...summary}, null, 1))
  } finally {
    await lake.stop()
  }
} finally {
  fs.rmSync(dir, {recursive: true, force: true})
}

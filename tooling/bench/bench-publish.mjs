#!/usr/bin/env node
// Publish-to-live latency: time from the signed webhook leaving to the article's fresh HTML
// arriving, over 20 publishes of a post title in the snapshot.
//
//   node tooling/bench/bench-publish.mjs                  builds if needed, starts server.mjs on a free
//                                                   port with a throwaway snapshot copy, stops it after
//   node tooling/bench/bench-publish.mjs --url http://localhost:3000 --snapshot-dir sanity/dataset
//                                                   against a server you run (same secret in env)
//   node tooling/bench/bench-publish.mjs --lake           Sanity mode: the site built and served against the
//                                                   local Content Lake; each publish goes through the
//                                                   lake's Actions API and its own signed webhook
// Options: --runs 20, --warmup 1, --slug <post>. Writes bench-results/publish.json (publish-lake.json).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {publish} from '../../scripts/lib/snapshot-publish.mjs'
import {againstSnapshotServer, percentile, saveResult, SERVER_OPTIONS, withMachine} from './snapshot-server.mjs'

const {values} = parseArgs({
  options: {
    ...SERVER_OPTIONS,
    runs: {type: 'string', default: '20'},
    warmup: {type: 'string', default: '1'},
    slug: {type: 'string', default: 'can-you-close-pores-permanently'},
    lake: {type: 'boolean', default: false},
  },
})
const RUNS = Number(values.runs)
// The first render of a route in a fresh process also loads its modules; a server that has been up
// has paid that already. Warm-up publishes are timed and shown but not counted.
const WARMUP = Number(values.warmup)
const SLUG = values.slug
const POLL_LIMIT_MS = 15_000


async function getText(url) {
  const res = await fetch(url, {signal: AbortSignal.timeout(15_000)})
  return {status: res.status, body: await res.text()}
}

function titleOf(snapshotDir) {
  const line = fs
    .readFileSync(path.join(snapshotDir, 'data.ndjson'), 'utf8')
    .split('\n')
    .find((l) => l.includes(`"current":"${SLUG}"`) && !l.includes('"_id":"drafts.'))
  if (!line) throw new Error(`no published post "${SLUG}" in ${snapshotDir}`)
  return JSON.parse(line).title
}

// Snapshot mode: write the change to the snapshot and send the signed webhook ourselves.
function snapshotPublisher({baseUrl, snapshotDir, secret}) {
  return {
    what: 'signed webhook sent to the site (or the proxy in front) -> article HTML with the new title returned',
    async publish(title) {
      const {response} = await publish({dir: snapshotDir, url: baseUrl, secret, slug: SLUG, set: {title}})
      if (response.status !== 200) throw new Error(`webhook answered ${response.status}: ${JSON.stringify(response.body)}`)
      return {sentAt: response.sentAt, webhookMs: response.receivedAt - response.sentAt}
    },
  }
}

// Sanity mode: what the Studio does (edit the draft, then the publish action); the lake sends the
// webhook. Timed from the publish action's answer.
async function lakePublisher({lake, id}) {
  const {createClient} = await import('@sanity/client')
  // Node talks to the lake's plain HTTP port; the site itself goes through SANITY_API_HOST.
  const client = createClient({projectId: lake.projectId, dataset: lake.dataset, apiVersion: 'v2025-02-19', token: lake.token, useCdn: false, apiHost: lake.httpUrl, useProjectHostname: false})
  return {
    what: 'publish action answered by the local Content Lake -> (its signed webhook) -> article HTML with the new title returned',
    async publish(title) {
      const published = await client.getDocument(id)
      await client.createOrReplace({...published, _id: `drafts.${id}`, title})
      const t0 = Date.now()
      await client.action({actionType: 'sanity.action.document.publish', draftId: `drafts.${id}`, publishedId: id})
      return {sentAt: Date.now(), webhookMs: undefined, actionMs: Date.now() - t0}
    },
  }
}

async function bench({baseUrl, snapshotDir, publisher, resultFile = 'publish.json'}) {
  const article = new URL(`/blog/${SLUG}`, baseUrl).href
  const original = titleOf(snapshotDir)
  const first = await getText(article)
  if (first.status !== 200) throw new Error(`GET ${article} answered ${first.status}`)
  const samples = []
  const warmups = []
  const loadBefore = os.loadavg()
  try {
    for (let i = 1 - WARMUP; i <= RUNS; i++) {
      const token = `bench${i}x${Math.random().toString(36).slice(2, 8)}`
      const title = `${original} ${token}`
      const response = await publisher.publish(title)
      let requests = 0
      let freshAt
      while (Date.now() - response.sentAt < POLL_LIMIT_MS) {
        requests += 1
        const page = await getText(article)
        if (page.status === 200 && page.body.includes(token)) {
          freshAt = Date.now()
          break
        }
      }
      if (!freshAt) throw new Error(`publish ${i}: the new title did not appear within ${POLL_LIMIT_MS} ms`)
      const sample = {run: i, ms: freshAt - response.sentAt, webhookMs: response.webhookMs, requests}
      ;(i > 0 ? samples : warmups).push(sample)
      const label = i > 0 ? `publish ${String(i).padStart(2)}` : 'warm-up   '
      console.log(`${label}: ${sample.ms} ms (${sample.webhookMs === undefined ? '' : `webhook ${sample.webhookMs} ms, `}fresh on request ${requests})`)
    }
  } finally {
    // Leave the snapshot and the server's cache as they were.
    await publisher.publish(original).catch((e) => console.error(`restore failed: ${e.message}`))
  }
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b)
  const result = withMachine({
    what: 'signed webhook sent -> article HTML with the new title returned',
    article: `/blog/${SLUG}`,
    runs: samples.length,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted.at(-1),
    freshOnFirstRequest: samples.filter((s) => s.requests === 1).length,
    warmups,
    samples,
  }, loadBefore)
  console.log(`\npublish-to-live over ${result.runs} publishes: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, max ${result.maxMs} ms`)
  console.log(`fresh on the very first request after the webhook: ${result.freshOnFirstRequest}/${result.runs}`)
  saveResult(resultFile, result)
  return result
}

async function main() {
  if (values.lake) return benchLake()
  return againstSnapshotServer(values, ({baseUrl, snapshotDir, secret}) =>
    bench({baseUrl, snapshotDir, publisher: snapshotPublisher({baseUrl, snapshotDir, secret})}),
  )
}

// The e2e harness's Sanity mode: a lake on a copy of the snapshot, the Sanity-mode build, server.mjs.
async function benchLake() {
  const {startSanityMode} = await import('../../tests/e2e/lib/sanity-mode.mjs')
  const cleanups = []
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinic-bench-lake-'))
  cleanups.push(async () => fs.rmSync(logDir, {recursive: true, force: true}))
  try {
    const mode = await startSanityMode({log: console.log, artifactsDir: logDir, cleanups})
    console.log(`lake: ${mode.lake.url}; server: server.mjs on ${mode.server.baseUrl}`)
    const id = `post.${SLUG}`
    await bench({baseUrl: mode.server.baseUrl, snapshotDir: mode.shared.snapshotDir, publisher: await lakePublisher({lake: mode.lake, id}), resultFile: 'publish-lake.json'})
  } finally {
    while (cleanups.length) await cleanups.pop()().catch((e) => console.error(`cleanup: ${e.message}`))
  }
}

main().catch((error) => {
  console.error(error.message)
  process.exit(1)
})

#!/usr/bin/env node
// Publish-to-live latency: time from the signed webhook leaving to the article's fresh HTML
// arriving, over 20 publishes of a post title in the snapshot.
//
//   node scripts/bench-publish.mjs                  builds if needed, starts `next start` on a free
//                                                   port with a throwaway snapshot copy, stops it after
//   node scripts/bench-publish.mjs --url http://localhost:3000 --snapshot-dir sanity/dataset
//                                                   against a server you run (same secret in env)
// Options: --runs 20, --warmup 1, --slug <post>. Writes bench-results/publish.json.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {defaultSnapshotDir, publish} from './lib/snapshot-publish.mjs'

const {values} = parseArgs({
  options: {
    url: {type: 'string'},
    'snapshot-dir': {type: 'string'},
    secret: {type: 'string'},
    runs: {type: 'string', default: '20'},
    warmup: {type: 'string', default: '1'},
    slug: {type: 'string', default: 'can-you-close-pores-permanently'},
  },
})
const RUNS = Number(values.runs)
// The first render of a route in a fresh process also loads its modules; a server that has been up
// has paid that already. Warm-up publishes are timed and shown but not counted.
const WARMUP = Number(values.warmup)
const SLUG = values.slug
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const POLL_LIMIT_MS = 15_000

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

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

async function bench({baseUrl, snapshotDir, secret}) {
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
      const {response} = await publish({dir: snapshotDir, url: baseUrl, secret, slug: SLUG, set: {title}})
      if (response.status !== 200) throw new Error(`webhook answered ${response.status}: ${JSON.stringify(response.body)}`)
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
      const sample = {run: i, ms: freshAt - response.sentAt, webhookMs: response.receivedAt - response.sentAt, requests}
      ;(i > 0 ? samples : warmups).push(sample)
      const label = i > 0 ? `publish ${String(i).padStart(2)}` : 'warm-up   '
      console.log(`${label}: ${sample.ms} ms (webhook ${sample.webhookMs} ms, fresh on request ${requests})`)
    }
  } finally {
    // Leave the snapshot and the server's cache as they were.
    await publish({dir: snapshotDir, url: baseUrl, secret, slug: SLUG, set: {title: original}}).catch((e) => console.error(`restore failed: ${e.message}`))
  }
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b)
  const result = {
    what: 'signed webhook sent -> article HTML with the new title returned',
    article: `/blog/${SLUG}`,
    runs: samples.length,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted.at(-1),
    freshOnFirstRequest: samples.filter((s) => s.requests === 1).length,
    warmups,
    samples,
    loadAverage: {before: loadBefore.map((l) => +l.toFixed(2)), after: os.loadavg().map((l) => +l.toFixed(2))},
    cpus: os.cpus().length,
    at: new Date().toISOString(),
    node: process.version,
  }
  fs.mkdirSync(path.join(ROOT, 'bench-results'), {recursive: true})
  fs.writeFileSync(path.join(ROOT, 'bench-results/publish.json'), `${JSON.stringify(result, null, 2)}\n`)
  console.log(`\npublish-to-live over ${result.runs} publishes: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, max ${result.maxMs} ms`)
  console.log(`fresh on the very first request after the webhook: ${result.freshOnFirstRequest}/${result.runs}`)
  console.log(`load average (1/5/15 min) before ${result.loadAverage.before.join(' ')}, after ${result.loadAverage.after.join(' ')} on ${result.cpus} CPUs`)
  console.log('written to bench-results/publish.json')
  return result
}

async function main() {
  if (values.url) {
    const secret = values.secret ?? process.env.SANITY_REVALIDATE_SECRET
    if (!secret) throw new Error('set SANITY_REVALIDATE_SECRET to the value the server uses (or pass --secret)')
    await bench({baseUrl: values.url, snapshotDir: path.resolve(values['snapshot-dir'] ?? defaultSnapshotDir()), secret})
    return
  }
  // Own server: the e2e harness's build, a private staged copy of it, and process-group handling.
  const {makeSandbox, prepareApp, serverEnv, startServer} = await import('../tests/e2e/lib/app-server.mjs')
  const app = await prepareApp({log: console.log, prefix: 'clinic-bench-app-'})
  const sandbox = makeSandbox('clinic-bench-')
  try {
    const env = serverEnv({snapshotDir: sandbox.snapshotDir, sqlitePath: sandbox.sqlitePath})
    const server = await startServer({env, appDir: app.appDir, logFile: path.join(sandbox.dir, 'server.log')})
    console.log(`server: next start on ${server.baseUrl}`)
    try {
      await bench({baseUrl: server.baseUrl, snapshotDir: sandbox.snapshotDir, secret: env.SANITY_REVALIDATE_SECRET})
    } finally {
      await server.stop()
    }
  } finally {
    sandbox.remove()
    app.remove()
  }
}

main().catch((error) => {
  console.error(error.message)
  process.exit(1)
})

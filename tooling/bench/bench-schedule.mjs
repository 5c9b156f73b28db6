#!/usr/bin/env node
// Scheduled-to-live delay: a post is published with its publish time a few seconds ahead (the
// snapshot changed and the signed webhook sent, as `npm run content:publish -- --publish-at` does),
// then its article, the journal's first page and the feed are polled until all three show it. The
// figure is the time from the scheduled moment to the last of the three showing it, over 10 runs.
//
//   node tooling/bench/bench-schedule.mjs              builds if needed, starts server.mjs on a free
//                                                      port with a throwaway snapshot copy, stops it after
//   node tooling/bench/bench-schedule.mjs --url http://localhost:3000 --snapshot-dir sanity/dataset
//                                                      against a server you run (same secret in env)
// Options: --runs 10, --ahead 10 (seconds), --slug <post>. Writes bench-results/schedule.json.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {publish} from '../../scripts/lib/snapshot-publish.mjs'
import {againstSnapshotServer, percentile, saveResult, SERVER_OPTIONS, withMachine} from './snapshot-server.mjs'

const {values} = parseArgs({
  options: {
    ...SERVER_OPTIONS,
    runs: {type: 'string', default: '10'},
    ahead: {type: 'string', default: '10'},
    slug: {type: 'string', default: 'sunscreen-in-a-tropical-climate'},
  },
})
const RUNS = Number(values.runs)
const AHEAD_MS = Number(values.ahead) * 1000
const SLUG = values.slug
const GIVE_UP_MS = 120_000
const POLL_EVERY_MS = 100

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

async function shows(url, text) {
  try {
    const res = await fetch(url, {signal: AbortSignal.timeout(15_000)})
    return res.status === 200 && (await res.text()).includes(text)
  } catch {
    return false
  }
}

function original(snapshotDir) {
  const line = fs
    .readFileSync(path.join(snapshotDir, 'data.ndjson'), 'utf8')
    .split('\n')
    .find((l) => l.includes(`"current":"${SLUG}"`) && !l.includes('"_id":"drafts.'))
  if (!line) throw new Error(`no published post "${SLUG}" in ${snapshotDir}`)
  const doc = JSON.parse(line)
  return {title: doc.title, publishedAt: doc.publishedAt}
}

async function bench({baseUrl, snapshotDir, secret}) {
  const before = original(snapshotDir)
  const loadBefore = os.loadavg()
  const samples = []
  try {
    for (let run = 1; run <= RUNS; run++) {
      const mark = `Benchmark${run}${Math.random().toString(36).slice(2, 7)}`
      const scheduledAt = Date.now() + AHEAD_MS
      const {response} = await publish({dir: snapshotDir, url: baseUrl, secret, slug: SLUG, set: {title: `${before.title} ${mark}`, publishedAt: new Date(scheduledAt).toISOString()}})
      if (response.status !== 200) throw new Error(`webhook answered ${response.status}: ${JSON.stringify(response.body)}`)
      const seen = {}
      let early = false
      while (Object.keys(seen).length < 3) {
        const now = Date.now()
        if (now - scheduledAt > GIVE_UP_MS) throw new Error(`run ${run}: not live everywhere ${GIVE_UP_MS / 1000} s after its time (${JSON.stringify(seen)})`)
        const [page, blog, feed] = await Promise.all([
          seen.page ?? shows(`${baseUrl}/blog/${SLUG}`, mark),
          seen.blog ?? shows(`${baseUrl}/blog`, mark),
          seen.feed ?? shows(`${baseUrl}/feed.xml`, mark),
        ])
        const at = Date.now()
        for (const [name, ok] of Object.entries({page, blog, feed})) {
          if (ok && seen[name] === undefined) {
            if (at < scheduledAt) early = true
            seen[name] = at - scheduledAt
          }
        }
        if (Object.keys(seen).length < 3) await sleep(POLL_EVERY_MS)
      }
      if (early) throw new Error(`run ${run}: the post showed before its time (${JSON.stringify(seen)} ms after it)`)
      const delay = Math.max(seen.page, seen.blog, seen.feed)
      samples.push({run, delayMs: delay, pageMs: seen.page, blogMs: seen.blog, feedMs: seen.feed})
      console.log(`run ${run}: live on page ${seen.page} ms, journal ${seen.blog} ms, feed ${seen.feed} ms after its time`)
    }
  } finally {
    await publish({dir: snapshotDir, url: baseUrl, secret, slug: SLUG, set: {title: before.title, publishedAt: before.publishedAt}})
  }
  const sorted = samples.map((s) => s.delayMs).sort((a, b) => a - b)
  const result = withMachine({
    what: 'scheduled publish time -> article, journal page 1 and feed all showing the post, with no further publish',
    aheadSeconds: AHEAD_MS / 1000,
    runs: samples.length,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted.at(-1),
    samples,
  }, loadBefore)
  console.log(`\nscheduled-to-live over ${result.runs} runs: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, max ${result.maxMs} ms`)
  saveResult('schedule.json', result)
  return result
}

async function main() {
  await againstSnapshotServer(values, bench)
}

main().catch((error) => {
  console.error(`bench-schedule: ${error.message}`)
  process.exitCode = 1
})

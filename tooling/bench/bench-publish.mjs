#!/usr/bin/env node
// Publish-to-live latency: time from the publish to the article's fresh HTML arriving, over 20
// publishes of a post title in the snapshot (tooling/bench/publish-to-live.mjs).
//
//   node tooling/bench/bench-publish.mjs                  builds if needed, starts server.mjs on a free
//                                                   port with a throwaway snapshot copy, stops it after
//   node tooling/bench/bench-publish.mjs --url http://localhost:3000 --snapshot-dir sanity/dataset
//                                                   against a server you run (same secret in env)
//   node tooling/bench/bench-publish.mjs --lake           Sanity mode: the site built and served against the
//                                                   local Content Lake; each publish goes through the
//                                                   lake's Actions API and its own signed webhook
// Options: --runs 20, --warmup 1, --slug <post>. Writes bench-results/publish.json (publish-lake.json).
// At other snapshot sizes, in both modes: bench-content-scale.mjs.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {lakePublisher, publishToLive, snapshotPublisher} from './publish-to-live.mjs'
import {againstSnapshotServer, SERVER_OPTIONS} from './snapshot-server.mjs'

const {values} = parseArgs({
  options: {
    ...SERVER_OPTIONS,
    runs: {type: 'string', default: '20'},
    warmup: {type: 'string', default: '1'},
    slug: {type: 'string', default: 'can-you-close-pores-permanently'},
    lake: {type: 'boolean', default: false},
  },
})
// The first render of a route in a fresh process also loads its modules; a server that has been up
// has paid that already. Warm-up publishes are timed and shown but not counted.
const common = {slug: values.slug, runs: Number(values.runs), warmup: Number(values.warmup)}

async function main() {
  if (values.lake) return benchLake()
  return againstSnapshotServer(values, ({baseUrl, snapshotDir, secret}) =>
    publishToLive({...common, baseUrl, snapshotDir, publisher: snapshotPublisher({baseUrl, snapshotDir, secret, slug: values.slug})}),
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
    const publisher = await lakePublisher({lake: mode.lake, id: `post.${values.slug}`})
    await publishToLive({...common, baseUrl: mode.server.baseUrl, snapshotDir: mode.shared.snapshotDir, publisher, resultFile: 'publish-lake.json'})
  } finally {
    while (cleanups.length) await cleanups.pop()().catch((e) => console.error(`cleanup: ${e.message}`))
  }
}

main().catch((error) => {
  console.error(error.message)
  process.exit(1)
})

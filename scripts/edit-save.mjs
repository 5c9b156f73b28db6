#!/usr/bin/env node
// `npm run edit:save`: writes the working copy of `npm run edit` back to sanity/dataset through
// `content:export` against the local Content Lake, so the starter content is edited in the Studio.
// Uses the lake of a running `npm run edit`, or starts one on the working copy for the export.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {lakeEnv, ROOT, startLocalLake} from './lib/local-lake-process.mjs'
import {runningLake, SNAPSHOT, WORKING_COPY, WORKSPACE} from './lib/edit-workspace.mjs'
import {freePort} from '../tests/e2e/lib/app-server.mjs'

async function main() {
  if (!fs.existsSync(path.join(WORKING_COPY, 'data.ndjson'))) {
    throw new Error(`no working copy in ${path.relative(ROOT, WORKING_COPY)}: run \`npm run edit\` first`)
  }
  let lake = runningLake()
  let stop = async () => {}
  if (!lake) {
    const started = await startLocalLake({dir: WORKING_COPY, port: await freePort(), logFile: path.join(WORKSPACE, 'lake.log')})
    lake = started
    stop = started.stop
  }
  try {
    const env = {...process.env, ...lakeEnv(lake), SANITY_API_WRITE_TOKEN: lake.token, CONTENT_SNAPSHOT_DIR: SNAPSHOT}
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts/content-export.ts')], {cwd: ROOT, env, stdio: 'inherit'})
    if (r.status !== 0) throw new Error(`content:export failed (exit ${r.status ?? r.signal})`)
    console.log('edit:save: sanity/dataset now holds the working copy; review it with `git diff -- sanity/dataset` and commit it.')
  } finally {
    await stop()
  }
}

main().catch((e) => {
  console.error(`edit:save: ${e.message}`)
  process.exit(1)
})

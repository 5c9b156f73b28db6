#!/usr/bin/env node
// `npm run edit:save`: writes the working copy of `npm run edit` back to sanity/dataset through
// `content:export` against the local Content Lake, so the starter content is edited in the Studio.
// Uses the lake of a running `npm run edit`, or starts one on the working copy for the export.
// Images no document uses any more (a deleted post's upload) are not written.
import fs from 'node:fs'
import path from 'node:path'
import {ROOT, startLocalLake} from './lib/local-lake-process.mjs'
import {runningLake, SNAPSHOT, WORKING_COPY, WORKSPACE} from './lib/edit-workspace.mjs'
import {saveWorkingCopy} from './lib/save-working-copy.mjs'

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'node_modules/tsx/dist/cli.mjs')))
    throw new Error('the dependencies are not installed: run `npm ci` first')
  if (!fs.existsSync(path.join(WORKING_COPY, 'data.ndjson'))) {
    throw new Error(`no working copy in ${path.relative(ROOT, WORKING_COPY)}: run \`npm run edit\` first`)
  }
  let lake = runningLake()
  let stop = async () => {}
  if (!lake) {
    // Port 0: any free port, for the export only.
    const started = await startLocalLake({
      dir: WORKING_COPY,
      port: 0,
      logFile: path.join(WORKSPACE, 'lake.log'),
    })
    lake = started
    stop = started.stop
  }
  try {
    const {dropped} = saveWorkingCopy({lake, snapshotDir: SNAPSHOT})
    if (dropped.length)
      console.log(`edit:save: left out ${dropped.length} uploaded image(s) no document uses`)
    console.log(
      'edit:save: sanity/dataset now holds the working copy; review it with `git diff -- sanity/dataset` and commit it.',
    )
  } finally {
    await stop()
  }
}

main().catch((e) => {
  console.error(`edit:save: ${e.message}`)
  process.exit(1)
})

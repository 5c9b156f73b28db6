#!/usr/bin/env node
// Builds a production server that runs without the source tree: `npm run build:standalone`.
// Next's standalone output traces the server's own files (including the content snapshot, see
// outputFileTracingIncludes); the static assets are copied beside it as Next expects.
// Start it with: node .next/standalone/server.js   (PORT and HOSTNAME from the environment)
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const distDir = process.env.NEXT_DIST_DIR || '.next'
const build = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: {...process.env, NEXT_OUTPUT: 'standalone'},
})
if (build.status !== 0) process.exit(build.status ?? 1)

const standalone = path.join(root, distDir, 'standalone')
fs.cpSync(path.join(root, distDir, 'static'), path.join(standalone, distDir, 'static'), {recursive: true})
if (fs.existsSync(path.join(root, 'public'))) fs.cpSync(path.join(root, 'public'), path.join(standalone, 'public'), {recursive: true})

const snapshot = path.join(standalone, 'sanity', 'dataset', 'data.ndjson')
if (!fs.existsSync(snapshot)) {
  console.error(`build:standalone: the content snapshot was not traced into ${snapshot}`)
  process.exit(1)
}
console.log(`build:standalone: ready. Start with: node ${path.relative(process.cwd(), path.join(standalone, 'server.js'))}`)

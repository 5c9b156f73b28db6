#!/usr/bin/env node
// `npm run edit`: the real Studio and the site in Sanity mode, offline, on a working copy of the
// bundled snapshot (.local-content-lake/dataset) served by the local Content Lake.
//   npm run edit                 reuse the working copy if there is one
//   npm run edit -- --reset      start again from sanity/dataset
//   npm run edit -- --port 3001 --lake-port 3998 --no-open --reuse-build
// Ctrl-C stops the site and the lake. `npm run edit:save` writes the working copy back.
import {spawn, spawnSync} from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {lakeEnv, ROOT, startLocalLake} from './lib/local-lake-process.mjs'
import {prepareWorkingCopy, removeRunningNote, WORKING_COPY, WORKSPACE, writeRunningNote} from './lib/edit-workspace.mjs'

const {values} = parseArgs({
  options: {
    reset: {type: 'boolean', default: false},
    port: {type: 'string', default: '3000'},
    'lake-port': {type: 'string', default: '3999'},
    open: {type: 'boolean', default: true},
    'no-open': {type: 'boolean', default: false},
    'reuse-build': {type: 'boolean', default: false},
  },
})
const PORT = Number(values.port)
const LAKE_PORT = Number(values['lake-port'])
// Its own build folder, so `npm run serve` (.next) and this never overwrite each other.
const DIST_DIR = '.next-edit'
const NEXT_BIN = path.join(ROOT, 'node_modules/next/dist/bin/next')
const BUILD_LOCK = '/tmp/next-build.lock'
const say = (s) => process.stdout.write(`edit: ${s}\n`)

const stops = []
let stopping
function stopAll(code = 0) {
  stopping ??= (async () => {
    while (stops.length) await stops.pop()().catch((e) => console.error(`edit: ${e.message}`))
    process.exit(code)
  })()
  return stopping
}
process.on('SIGINT', () => {
  say('stopping the site and the local Content Lake')
  stopAll(0)
})
process.on('SIGTERM', () => stopAll(0))

function siteEnv(lake, secret) {
  const env = {...process.env, NEXT_TELEMETRY_DISABLED: '1', SANITY_TELEMETRY_DISABLED: '1'}
  for (const key of ['CONTENT_SNAPSHOT_DIR', 'NEXT_OUTPUT', 'REDIS_URL', 'SANITY_API_WRITE_TOKEN']) delete env[key]
  return {
    ...env,
    ...lakeEnv(lake),
    // The demo editor's token doubles as the viewer token: draft preview and Presentation.
    SANITY_API_READ_TOKEN: lake.token,
    SANITY_REVALIDATE_SECRET: secret,
    SITE_URL: `http://localhost:${PORT}`,
    NEXT_DIST_DIR: DIST_DIR,
    NODE_ENV: 'production',
  }
}

function build(env) {
  if (values['reuse-build'] && fs.existsSync(path.join(ROOT, DIST_DIR, 'BUILD_ID'))) {
    say(`reusing the build in ${DIST_DIR} (--reuse-build)`)
    return
  }
  say(`building the site in Sanity mode into ${DIST_DIR} (about a minute; waits for ${BUILD_LOCK} if another build runs)`)
  const t0 = Date.now()
  const r = spawnSync('flock', [BUILD_LOCK, process.execPath, NEXT_BIN, 'build'], {cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024})
  if (r.status !== 0) {
    process.stderr.write(`${r.stdout}${r.stderr}`.split('\n').slice(-60).join('\n'))
    throw new Error(`next build failed (exit ${r.status ?? r.signal})`)
  }
  say(`built in ${((Date.now() - t0) / 1000).toFixed(0)} s`)
}

async function serve(env) {
  const child = spawn(process.execPath, [path.join(ROOT, 'server.mjs'), '-p', String(PORT)], {cwd: ROOT, env, detached: true, stdio: ['ignore', 'inherit', 'inherit']})
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal)
    } catch {
      /* gone */
    }
  }
  process.on('exit', () => killGroup('SIGKILL'))
  child.once('exit', (code) => {
    if (!stopping) {
      say(`the site stopped (exit ${code})`)
      stopAll(1)
    }
  })
  stops.push(async () => {
    killGroup('SIGTERM')
    await new Promise((r) => setTimeout(r, 500))
    killGroup('SIGKILL')
  })
  const deadline = Date.now() + 60_000
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${PORT}/robots.txt`, {signal: AbortSignal.timeout(3000)})
      return
    } catch {
      if (Date.now() > deadline) throw new Error(`the site did not answer on port ${PORT} within 60 s`)
      await new Promise((r) => setTimeout(r, 300))
    }
  }
}

async function main() {
  const {created} = prepareWorkingCopy({reset: values.reset})
  say(`${created ? 'copied sanity/dataset to' : 'reusing'} ${path.relative(ROOT, WORKING_COPY)}${created ? '' : ' (--reset starts over)'}`)
  const secret = crypto.randomBytes(24).toString('base64url')
  const lake = await startLocalLake({
    dir: WORKING_COPY,
    port: LAKE_PORT,
    webhookUrl: `http://127.0.0.1:${PORT}/api/revalidate`,
    webhookSecret: secret,
    logFile: path.join(WORKSPACE, 'lake.log'),
    // Unknown requests are logged by the lake; show them, a human run does not fail on them.
    onLine: (line) => line.includes('unknown') && say(`lake: ${line}`),
  })
  stops.push(lake.stop)
  writeRunningNote(lake)
  stops.push(async () => removeRunningNote())
  say(`local Content Lake on ${lake.url} (log: ${path.relative(ROOT, path.join(WORKSPACE, 'lake.log'))})`)

  const env = siteEnv(lake, secret)
  build(env)
  await serve(env)

  const studio = `http://localhost:${PORT}/studio#token=${lake.token}`
  say('')
  say(`Studio, signed in as the demo editor: ${studio}`)
  say(`Site: http://localhost:${PORT}/`)
  say(`Your browser must accept the lake's local certificate once: open ${lake.url.replace('://', `://${lake.projectId}.`)}/v1/ping and proceed.`)
  say('Save your edits into sanity/dataset with `npm run edit:save` (in another terminal, or after Ctrl-C).')
  say('Ctrl-C stops everything.')
  if (values.open && !values['no-open'] && spawnSync('bash', ['-c', 'command -v xdg-open']).status === 0) {
    spawn('xdg-open', [studio], {stdio: 'ignore', detached: true}).unref()
  }
}

main().catch((e) => {
  console.error(`edit: ${e.message}`)
  stopAll(1)
})

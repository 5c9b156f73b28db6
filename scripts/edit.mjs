#!/usr/bin/env node
// `npm run edit`: the real Studio and the site in Sanity mode, offline, on a working copy of the
// bundled snapshot (.local-content-lake/dataset) served by the local Content Lake. Options: --help
// (and docs/editing.md). Ctrl-C stops the site and the lake. `npm run edit:save` writes the working
// copy back.
import {spawn, spawnSync} from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {lakeEnv, ROOT, startLocalLake} from './lib/local-lake-process.mjs'
import {
  prepareWorkingCopy,
  removeRunningNote,
  WORKING_COPY,
  WORKSPACE,
  writeRunningNote,
} from './lib/edit-workspace.mjs'
import {checkPort, describeTakenPort} from './lib/port-check.mjs'

const HELP = `Usage: npm run edit -- [options]

Runs the real Sanity Studio and the site against a local Content Lake, offline.

Options:
  --port <n>        port of the site and the Studio (default 3000)
  --lake-port <n>   port of the local Content Lake (default 3999)
  --reset           start again from sanity/dataset (drops unsaved edits in the working copy)
  --reuse-build     skip the build when .next-edit holds one (only after code did not change)
  --no-open         do not open the Studio in a browser
  --help            print this help

Save your edits into sanity/dataset with \`npm run edit:save\`. More: docs/editing.md
`

const say = (s) => process.stdout.write(`edit: ${s}\n`)
function fail(message) {
  process.stderr.write(`edit: ${message}\n`)
  process.exit(1)
}

let values
try {
  ;({values} = parseArgs({
    options: {
      help: {type: 'boolean', short: 'h', default: false},
      reset: {type: 'boolean', default: false},
      port: {type: 'string', default: '3000'},
      'lake-port': {type: 'string', default: '3999'},
      open: {type: 'boolean', default: true},
      'no-open': {type: 'boolean', default: false},
      'reuse-build': {type: 'boolean', default: false},
    },
  }))
} catch (e) {
  fail(`${e.message}\n\n${HELP}`)
}
if (values.help) {
  process.stdout.write(HELP)
  process.exit(0)
}
function portOption(name) {
  const n = Number(values[name])
  if (!Number.isInteger(n) || n < 1 || n > 65535)
    fail(`--${name} must be a port number from 1 to 65535, not "${values[name]}"`)
  return n
}
const PORT = portOption('port')
const LAKE_PORT = portOption('lake-port')
if (PORT === LAKE_PORT) fail('--port and --lake-port must differ')
// Its own build folder, so `npm run serve` (.next) and this never overwrite each other.
const DIST_DIR = '.next-edit'
const NEXT_BIN = path.join(ROOT, 'node_modules/next/dist/bin/next')
const BUILD_LOCK = '/tmp/next-build.lock'
const stops = []
let stopping
function stopAll(code = 0) {
  stopping ??= (async () => {
    while (stops.length)
      await stops
        .pop()()
        .catch((e) => console.error(`edit: ${e.message}`))
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
  for (const key of ['CONTENT_SNAPSHOT_DIR', 'NEXT_OUTPUT', 'REDIS_URL', 'SANITY_API_WRITE_TOKEN'])
    delete env[key]
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
  say(
    `building the site in Sanity mode into ${DIST_DIR} (a few minutes; waits for ${BUILD_LOCK} if another build runs)`,
  )
  const t0 = Date.now()
  const r = spawnSync('flock', [BUILD_LOCK, process.execPath, NEXT_BIN, 'build'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  })
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

// What this command runs from node_modules. A fresh clone has none of it yet.
const NEEDED = [
  'node_modules/next/dist/bin/next',
  'node_modules/tsx/dist/cli.mjs',
  'node_modules/sanity/package.json',
]

function installIfMissing() {
  const missing = NEEDED.filter((p) => !fs.existsSync(path.join(ROOT, p)))
  if (missing.length === 0) return
  say(
    `the dependencies are not installed (${missing[0]} is missing): running \`npm ci\` first (a few minutes, once)`,
  )
  const t0 = Date.now()
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {cwd: ROOT, stdio: 'inherit'})
  if (r.status !== 0)
    fail(
      `\`npm ci\` failed (exit ${r.status ?? r.signal}); fix the error above, run \`npm ci\` yourself, then \`npm run edit\` again`,
    )
  const still = NEEDED.filter((p) => !fs.existsSync(path.join(ROOT, p)))
  if (still.length) fail(`\`npm ci\` finished but ${still.join(', ')} is still missing`)
  say(`installed in ${((Date.now() - t0) / 1000).toFixed(0)} s`)
}

// Both ports before anything slow: a taken port found after the build would cost minutes and
// print a sign-in link to whatever server holds it.
async function checkPorts() {
  const problems = []
  for (const [port, option] of [
    [PORT, '--port'],
    [LAKE_PORT, '--lake-port'],
  ]) {
    const r = await checkPort(port)
    if (!r.free) problems.push(describeTakenPort(port, r.holder, option))
  }
  if (problems.length) fail(problems.join('\n'))
}

async function main() {
  await checkPorts()
  installIfMissing()
  const {created} = prepareWorkingCopy({reset: values.reset})
  say(
    `${created ? 'copied sanity/dataset to' : 'reusing'} ${path.relative(ROOT, WORKING_COPY)}${created ? '' : ' (--reset starts over)'}`,
  )
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
  say(
    `Your browser must accept the lake's local certificate once: open ${lake.url.replace('://', `://${lake.projectId}.`)}/v1/ping and proceed.`,
  )
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

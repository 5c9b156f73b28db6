// Builds (or reuses) the production app and runs the production server (server.mjs) in its own
// process group.
// Shared by the e2e runner and the benchmark.
import {spawn, spawnSync} from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {BUILD_SECRET_ENV, secretsFingerprint} from './secrets.mjs'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const NEXT_BIN = path.join(ROOT, 'node_modules/next/dist/bin/next')
/** The production server `npm start` runs: Next's request handler behind the request stamps. */
export const SERVER_SCRIPT = path.join(ROOT, 'server.mjs')
export const BUILD_LOCK = '/tmp/next-build.lock'

// What the production build is made from. Tests, scripts and docs do not change it.
const SOURCE_DIRS = ['app', 'components', 'lib', 'sanity', 'public', 'styles']
const SOURCE_FILES = ['instrumentation.ts', 'proxy.ts', 'next.config.js', 'next.config.mjs', 'next.config.ts', 'package.json', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json']
const SKIP_DIRS = new Set(['node_modules', '.next', 'dist', '.sanity'])

// Variables that would switch the app away from the bundled snapshot and SQLite, or change what
// the client bundle embeds. The harness controls them explicitly.
const CONTROLLED = [
  'SANITY_PROJECT_ID', 'SANITY_DATASET', 'SANITY_API_VERSION', 'SANITY_API_READ_TOKEN', 'SANITY_API_WRITE_TOKEN', 'SANITY_API_REDIRECT_TOKEN',
  'SANITY_REVALIDATE_SECRET', 'PREVIEW_SECRET', 'SESSION_SECRET', 'DATABASE_URL', 'SMTP_URL', 'MAIL_FROM',
  'CLINIC_NOTIFY_EMAIL', 'REDIS_URL', 'CONTENT_SNAPSHOT_DIR', 'SQLITE_PATH', 'SITE_URL', 'PORT', 'NEXT_DIST_DIR', 'NEXT_OUTPUT',
  'SANITY_API_HOST', 'NODE_EXTRA_CA_CERTS', 'SHARED_CACHE_REFRESH_URLS', 'PRERENDER_RECENT_POSTS',
]

// The harness builds only the newest few starter posts ahead (and the pinned guide), so that the
// suite also reads posts rendered on their first request, as most are on a site with years of posts
// (tests/e2e/journeys/on-demand-pages.mjs checks which ones the build made).
export const E2E_PRERENDER_RECENT_POSTS = '3'

export function baseEnv() {
  const env = {...process.env, NEXT_TELEMETRY_DISABLED: '1', SANITY_TELEMETRY_DISABLED: '1'}
  for (const key of CONTROLLED) delete env[key]
  for (const key of Object.keys(env)) if (key.startsWith('NEXT_PUBLIC_')) delete env[key]
  return env
}

export function newestSourceMtime() {
  let newest = {mtime: 0, file: ''}
  const visit = (p) => {
    let st
    try {
      st = fs.statSync(p)
    } catch {
      return
    }
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p)) if (!SKIP_DIRS.has(name)) visit(path.join(p, name))
    } else if (st.mtimeMs > newest.mtime) {
      newest = {mtime: st.mtimeMs, file: path.relative(ROOT, p)}
    }
  }
  for (const d of SOURCE_DIRS) visit(path.join(ROOT, d))
  for (const f of SOURCE_FILES) visit(path.join(ROOT, f))
  return newest
}

// Right after a harness build, .next is copied here (without its caches). Runs are staged from
// this pristine copy, so neither a teammate's rebuild nor the ISR/data cache another server wrote
// into .next can leak into a run.
export const PRISTINE_DIR = path.join(os.tmpdir(), `clinic-e2e-build-${crypto.createHash('sha256').update(ROOT).digest('hex').slice(0, 8)}`)

// Two builds: the embedded default (the snapshot), and Sanity mode against the local Content Lake,
// which must be running while it builds (pages are prerendered from it). Each has its own build
// folder and pristine copy, so neither replaces the other. The lake's settings come from
// E2E_LAKE_ENV (JSON, set by the runner) and are part of the build's identity.
export const VARIANTS = {
  snapshot: {distDir: '.next', pristineDir: PRISTINE_DIR},
  sanity: {distDir: '.next-e2e-sanity', pristineDir: `${PRISTINE_DIR}-sanity`},
}

function variantOf(name) {
  const variant = VARIANTS[name]
  if (!variant) throw new Error(`unknown build variant ${name}`)
  return variant
}

function lakeBuildEnv() {
  if (!process.env.E2E_LAKE_ENV) throw new Error('the Sanity-mode build needs E2E_LAKE_ENV (the local Content Lake must run)')
  return JSON.parse(process.env.E2E_LAKE_ENV)
}

// What identifies a build besides its sources: the dummy secrets, and for Sanity mode the lake's
// address, project and dataset (the certificate's path may change from run to run; it is not baked in).
function buildIdentity(name) {
  if (name === 'snapshot') return `${secretsFingerprint()}-prerender${E2E_PRERENDER_RECENT_POSTS}`
  const {SANITY_PROJECT_ID, SANITY_DATASET, SANITY_API_HOST} = lakeBuildEnv()
  return crypto.createHash('sha256').update(JSON.stringify([secretsFingerprint(), SANITY_PROJECT_ID, SANITY_DATASET, SANITY_API_HOST])).digest('hex').slice(0, 16)
}

const markerOf = (name) => path.join(variantOf(name).pristineDir, variantOf(name).distDir, 'e2e-build.json')
// Written by the running server or by `next dev`, never needed to serve a build.
const NOT_BUILD_OUTPUT = new Set(['cache', 'dev', 'trace', 'turbopack', 'lock', 'types', 'e2e-build.json'])

function readMarker(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}

/** True when the build under appDir was made by this harness, with the dummy secrets in its build env. */
export function harnessMadeBuild(appDir = ROOT, name = 'snapshot') {
  const {distDir} = variantOf(name)
  const marker = readMarker(path.join(appDir, distDir, 'e2e-build.json'))
  try {
    const buildId = fs.readFileSync(path.join(appDir, distDir, 'BUILD_ID'), 'utf8').trim()
    return marker?.buildId === buildId && marker?.secrets === buildIdentity(name)
  } catch {
    return false
  }
}

/**
 * Why the pristine harness build cannot be reused, or undefined when it can: it must exist, carry
 * the dummy secrets and be newer than every source file. E2E_REUSE_BUILD=1 skips the age check.
 */
export function staleBuildReason(name = 'snapshot') {
  const {distDir, pristineDir} = variantOf(name)
  const marker = readMarker(markerOf(name))
  if (!marker || !fs.existsSync(path.join(pristineDir, distDir, 'BUILD_ID'))) return 'no harness build yet'
  if (!harnessMadeBuild(pristineDir, name)) return 'the saved build was made with other secrets or another lake'
  if (process.env.E2E_REUSE_BUILD === '1') return undefined
  const newest = newestSourceMtime()
  if (newest.mtime > Date.parse(marker.startedAt)) return `${newest.file} changed after the last harness build`
  return undefined
}

function copyBuildOutput(fromNext, toNext) {
  fs.rmSync(toNext, {recursive: true, force: true})
  fs.cpSync(fromNext, toNext, {
    recursive: true,
    filter: (src) => path.dirname(src) !== fromNext || !NOT_BUILD_OUTPUT.has(path.basename(src)),
  })
}

/**
 * The build environment: dummy values for every secret (so the client-bundle scan can look for
 * them) and no SANITY_PROJECT_ID, so the site stays on the bundled snapshot.
 */
export function buildEnv(name = 'snapshot') {
  const base = {...baseEnv(), ...BUILD_SECRET_ENV, NODE_ENV: 'production', PRERENDER_RECENT_POSTS: E2E_PRERENDER_RECENT_POSTS}
  if (name === 'snapshot') return base
  return {...base, ...lakeBuildEnv(), NEXT_DIST_DIR: variantOf(name).distDir}
}

/** Builds unless a fresh harness build exists, and saves the pristine copy. Call with the build lock held. */
export function ensureBuild({log = console.log, force = false, variant = 'snapshot'} = {}) {
  const {distDir, pristineDir} = variantOf(variant)
  const reason = force ? 'forced' : staleBuildReason(variant)
  if (!reason) {
    log(`build: reusing the harness build (${variant}, BUILD_ID ${fs.readFileSync(path.join(pristineDir, distDir, 'BUILD_ID'), 'utf8').trim()})`)
    // Callers that serve from the working tree (startServer without appDir) need a build there.
    if (!fs.existsSync(path.join(ROOT, distDir, 'BUILD_ID'))) copyBuildOutput(path.join(pristineDir, distDir), path.join(ROOT, distDir))
    return {built: false}
  }
  log(`build: next build (${variant}: ${reason})`)
  const startedAt = new Date()
  const result = spawnSync(process.execPath, [NEXT_BIN, 'build'], {cwd: ROOT, env: buildEnv(variant), stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024})
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
  if (result.status !== 0) {
    const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n')
    const errorAt = lines.findIndex((l) => /error TS\d+|Failed to|Error:|Build error|Module not found|Type error/.test(l))
    const shown = errorAt >= 0 ? lines.slice(Math.max(0, errorAt - 5), errorAt + 40) : lines.slice(-60)
    throw new Error(`next build failed (exit ${result.status ?? result.signal}):\n${shown.join('\n')}`)
  }
  const buildId = fs.readFileSync(path.join(ROOT, distDir, 'BUILD_ID'), 'utf8').trim()
  const marker = {buildId, secrets: buildIdentity(variant), startedAt: startedAt.toISOString(), builtAt: new Date().toISOString()}
  fs.writeFileSync(path.join(ROOT, distDir, 'e2e-build.json'), JSON.stringify(marker))
  copyBuildOutput(path.join(ROOT, distDir), path.join(pristineDir, distDir))
  fs.writeFileSync(markerOf(variant), JSON.stringify(marker))
  log(`build: done in ${((Date.now() - startedAt) / 1000).toFixed(0)} s (BUILD_ID ${buildId})`)
  return {built: true, output}
}

/**
 * A runnable copy of the app in appDir: the pristine .next (no caches) plus links to what
 * the production server loads from the project. Call with the build lock held.
 */
export function stageApp(appDir, variant = 'snapshot') {
  const {distDir, pristineDir} = variantOf(variant)
  fs.mkdirSync(appDir, {recursive: true})
  copyBuildOutput(path.join(pristineDir, distDir), path.join(appDir, distDir))
  fs.copyFileSync(markerOf(variant), path.join(appDir, distDir, 'e2e-build.json'))
  for (const name of ['node_modules', 'public', 'lib', 'package.json', 'next.config.js', 'next.config.mjs', 'next.config.ts']) {
    const from = path.join(ROOT, name)
    if (fs.existsSync(from)) fs.symlinkSync(from, path.join(appDir, name))
  }
  return appDir
}

/**
 * Builds if needed and stages a private copy of the app, holding the build lock only for that.
 * Returns the app directory; the caller removes it.
 */
export async function prepareApp({log = console.log, prefix = 'clinic-app-', variant = 'snapshot', lakeEnv} = {}) {
  const appDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  if (spawnSync('flock', ['-n', BUILD_LOCK, 'true']).status !== 0) log(`build: waiting for ${BUILD_LOCK} (a build is running)`)
  const env = lakeEnv ? {...process.env, E2E_LAKE_ENV: JSON.stringify(lakeEnv)} : process.env
  const child = spawn('flock', [BUILD_LOCK, process.execPath, path.join(ROOT, 'tests/e2e/lib/stage-app.mjs'), appDir, variant], {cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe']})
  let stderr = ''
  child.stdout.on('data', (d) => process.stdout.write(d))
  child.stderr.on('data', (d) => (stderr += d))
  const code = await new Promise((resolve) => child.on('close', resolve))
  if (code !== 0) {
    fs.rmSync(appDir, {recursive: true, force: true})
    throw new Error(stderr.trim() || `staging the app failed (exit ${code})`)
  }
  return {appDir, remove: () => fs.rmSync(appDir, {recursive: true, force: true})}
}

/**
 * Re-runs the current script under `flock BUILD_LOCK` unless the lock is already held, so that no
 * build replaces .next while this process serves from it. Returns only inside the lock.
 */
export function holdBuildLock(label) {
  if (process.env.NEXT_BUILD_LOCK_HELD === '1') return
  const probe = spawnSync('flock', ['-n', BUILD_LOCK, 'true'])
  if (probe.status !== 0) console.log(`${label}: waiting for ${BUILD_LOCK} (another build or test run holds it)`)
  const result = spawnSync('flock', [BUILD_LOCK, process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: {...process.env, NEXT_BUILD_LOCK_HELD: '1'},
  })
  process.exit(result.status ?? 1)
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const {port} = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

/** A throwaway copy of the snapshot (unless copySnapshot is false) and a path for a fresh SQLite file. */
export function makeSandbox(prefix = 'clinic-e2e-', {copySnapshot = true} = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  const snapshotDir = path.join(dir, 'dataset')
  const source = path.join(ROOT, 'sanity/dataset')
  if (!fs.existsSync(path.join(source, 'data.ndjson'))) throw new Error('sanity/dataset/data.ndjson is missing: the snapshot has not landed')
  if (copySnapshot) fs.cpSync(source, snapshotDir, {recursive: true})
  return {dir, snapshotDir, sqlitePath: path.join(dir, 'enquiries.sqlite'), remove: () => fs.rmSync(dir, {recursive: true, force: true})}
}

/** Runtime env for the production server: the same secrets as the build, sandboxed content and database. */
export function serverEnv({snapshotDir, sqlitePath, extra = {}}) {
  return {
    ...baseEnv(),
    NODE_ENV: 'production',
    SANITY_REVALIDATE_SECRET: BUILD_SECRET_ENV.SANITY_REVALIDATE_SECRET,
    PREVIEW_SECRET: BUILD_SECRET_ENV.PREVIEW_SECRET,
    SESSION_SECRET: BUILD_SECRET_ENV.SESSION_SECRET,
    CONTENT_SNAPSHOT_DIR: snapshotDir,
    SQLITE_PATH: sqlitePath,
    ...extra,
  }
}

/**
 * Starts the production server (server.mjs) detached (its own process group) and waits until it answers.
 * Always call stop(); it kills the whole group, next-server included.
 */
export async function startServer({env, logFile, port, appDir = ROOT, timeoutMs = 60_000}) {
  port ??= await freePort()
  fs.mkdirSync(path.dirname(logFile), {recursive: true})
  const out = fs.openSync(logFile, 'w')
  const child = spawn(process.execPath, [SERVER_SCRIPT, '-p', String(port), '-H', '127.0.0.1'], {
    cwd: appDir,
    env: {...env, PORT: String(port)},
    detached: true,
    stdio: ['ignore', out, out],
  })
  fs.closeSync(out)
  let exited = null
  child.once('exit', (code, signal) => (exited = {code, signal}))
  const pgid = child.pid

  const killGroup = (signal) => {
    try {
      process.kill(-pgid, signal)
    } catch {
      /* already gone */
    }
  }
  // Last resort if the runner dies without calling stop().
  const onExit = () => killGroup('SIGKILL')
  process.on('exit', onExit)

  const stop = async () => {
    process.off('exit', onExit)
    killGroup('SIGTERM')
    const deadline = Date.now() + 5000
    while (Date.now() < deadline) {
      try {
        process.kill(-pgid, 0)
      } catch {
        return
      }
      await new Promise((r) => setTimeout(r, 100))
    }
    killGroup('SIGKILL')
  }

  const baseUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (exited) {
      const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n')
      throw new Error(`the server exited (${exited.code ?? exited.signal}) before answering:\n${tail}`)
    }
    try {
      await fetch(`${baseUrl}/robots.txt`, {redirect: 'manual', signal: AbortSignal.timeout(5000)})
      break
    } catch {
      if (Date.now() > deadline) {
        await stop()
        throw new Error(`the server did not answer on ${baseUrl} within ${timeoutMs / 1000} s (log: ${logFile})`)
      }
      await new Promise((r) => setTimeout(r, 250))
    }
  }
  return {baseUrl, port, pid: pgid, stop, logFile}
}

#!/usr/bin/env node
// End-to-end proof in Debian's Chromium against the production build.
//   npm run test:e2e                      everything enabled below
//   npm run test:e2e -- --only=reading,a11y --grep=pore --no-lighthouse
//   node tests/e2e/run.mjs --sanity --only=studio-translation --repeat=10   one journey ten times in a row
//   npm run test:e2e:sanity               Sanity mode: the same site built and served against the
//                                         local Content Lake, the real Studio, publish through its webhook
// Prints one line per test and ends with "N passed, N failed"; exits 1 on any failure.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {chromium} from 'playwright-core'
import {ASSERTED, audit, formatScores, launchChromiumForLighthouse} from './lighthouse.mjs'
import {harnessMadeBuild, makeSandbox, prepareApp, ROOT, serverEnv, startServer} from './lib/app-server.mjs'
import {CHROMIUM_FLAGS, findChromium, INSTALL_HINT} from './lib/chromium.mjs'
import {FeatureMissing, MOBILE, poreGuide, readSnapshot, slugsOf} from './lib/kit.mjs'
import {startSanityMode} from './lib/sanity-mode.mjs'
import {scanForSecrets} from './lib/secrets.mjs'

// The journey modules that run, in order (tests/e2e/journeys/<name>.mjs). The lead decides.
// A module whose feature has not landed fails loudly (FeatureMissing) rather than skipping.
const SANITY_MODE = process.argv.includes('--sanity')
// In Sanity mode the reading suite runs again (both sources held to the same results), then the
// editor's journeys; `content-sync` starts a lake of its own on an empty dataset. The Studio soak
// runs last of the Studio journeys: it is the longest.
// The Studio soak and the translation journey run in CI (`.ci/run`); `--studio` is still accepted
// (npm run test:e2e:studio runs just the Studio journeys with --only).
const STUDIO_SOAK = 'studio-soak'
const JOURNEYS = SANITY_MODE
  ? ['reading', 'evidence', 'editor', 'studio-new-documents', STUDIO_SOAK, 'sanity-preview', 'studio-redirects', 'studio-schedule', 'studio-translation', 'content-sync']
  : ['on-demand-pages', 'headers', 'studio', 'reading', 'zh-reading', 'evidence', 'a11y', 'booking', 'zh-booking', 'staff', 'freshness', 'preview-routes', 'search', 'zh-search', 'schedule', 'redirects']
// Checks that run after the journeys (Sanity mode has its own: the query suite, unknown requests).
const CHECKS = SANITY_MODE ? ['queries', 'unknown-requests'] : ['secrets', 'budget', 'lighthouse']

// A test function may carry its own `timeoutMs` (the Studio soak runs for minutes).
const TEST_TIMEOUT_MS = 120_000
const ARTIFACTS = path.join(ROOT, 'test-results/e2e')

const args = process.argv.slice(2)
const argValue = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const only = argValue('only')?.split(',').filter(Boolean)
const grep = argValue('grep')?.toLowerCase()
// Each selected test that many times in a row (`--repeat=10`): how a flaky journey is shown reliable.
const REPEAT = Math.max(1, Number(argValue('repeat') ?? 1) || 1)
const repeated = (name, k) => (REPEAT > 1 ? `${name} #${k}` : name)
const selected = (name) => !only || only.includes(name)
const enabledChecks = CHECKS.filter((c) => selected(c) && !(c === 'lighthouse' && args.includes('--no-lighthouse')))

const chromePath = findChromium()
if (!chromePath) {
  console.error(INSTALL_HINT)
  console.log('0 passed, 1 failed')
  process.exit(1)
}

const results = []
const line = (s) => process.stdout.write(`${s}\n`)
const indent = (text, n = 6) => String(text).split('\n').map((l) => `${' '.repeat(n)}${l}`).join('\n')
const slugify = (s) => s.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 90)
const words = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z])([A-Z][a-z])/g, '$1 $2').toLowerCase()

function record(name, ok, ms, detail) {
  results.push({name, ok})
  line(`${ok ? 'ok  ' : 'FAIL'} ${name} (${(ms / 1000).toFixed(1)} s)`)
  if (detail) line(indent(detail))
}

function finish() {
  const passed = results.filter((r) => r.ok).length
  const failed = results.length - passed
  if (failed) {
    line('')
    line('Failed:')
    for (const r of results.filter((x) => !x.ok)) line(`  ${r.name}`)
    line(`Screenshots and the server log: ${path.relative(process.cwd(), ARTIFACTS) || ARTIFACTS}`)
  }
  line(`${passed} passed, ${failed} failed`)
  return failed === 0 ? 0 : 1
}

const cleanups = []
let cleaning
// One cleanup however many times it is asked for (a signal can arrive while the run is ending).
function cleanup() {
  cleaning ??= (async () => {
    while (cleanups.length) {
      try {
        await cleanups.pop()()
      } catch (e) {
        console.error(`cleanup: ${e.message}`)
      }
    }
  })()
  return cleaning
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    line(`\n${signal}: stopping the server and the browser`)
    await cleanup()
    process.exit(130)
  })
}

async function withTimeout(promise, ms, what) {
  let timer
  try {
    return await Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms)))])
  } finally {
    clearTimeout(timer)
  }
}

function describeError(e) {
  if (e instanceof FeatureMissing) return `FEATURE MISSING: ${e.message}`
  const stack = (e?.stack ?? String(e)).split('\n')
  // Keep the message and the first frames inside the test files.
  const own = stack.filter((l) => l.includes('/tests/e2e/')).slice(0, 3)
  const message = e?.message ?? String(e)
  return [message, ...own.map((l) => l.trim())].join('\n')
}

async function main() {
  fs.rmSync(ARTIFACTS, {recursive: true, force: true})
  fs.mkdirSync(ARTIFACTS, {recursive: true})
  if (SANITY_MODE) return mainSanity()

  // Build (or reuse) with dummy secrets in the build env, then run from a private copy so that
  // nobody's rebuild or server cache can change what this run tests.
  const buildStarted = Date.now()
  let app
  try {
    app = await prepareApp({log: line, prefix: 'clinic-e2e-app-'})
  } catch (e) {
    record('build › next build with dummy secrets', false, Date.now() - buildStarted, e.message)
    return
  }
  cleanups.push(async () => app.remove())

  if (enabledChecks.includes('secrets')) {
    const t0 = Date.now()
    const name = 'secrets › no configured secret in client-visible build files'
    if (!harnessMadeBuild(app.appDir)) {
      record(name, false, 0, 'the staged build was not made with the dummy secrets, so this scan cannot prove anything')
    } else {
      const {filesScanned, hits} = scanForSecrets(app.appDir)
      const ok = hits.length === 0 && filesScanned > 0
      const detail = ok
        ? `${filesScanned} files in .next/static and prerendered pages: none of the 7 dummy secrets`
        : filesScanned === 0
          ? 'no files scanned'
          : hits.map((h) => `${h.name} (${h.form}) in ${h.file}`).join('\n')
      record(name, ok, Date.now() - t0, detail)
    }
  }

  // Before the server runs, while the prerendered HTML is exactly what the build wrote.
  if (enabledChecks.includes('budget')) runBudget(app.appDir)

  const sandbox = makeSandbox()
  cleanups.push(async () => sandbox.remove())
  const env = serverEnv({snapshotDir: sandbox.snapshotDir, sqlitePath: sandbox.sqlitePath, extra: {ENQUIRY_MIN_FILL_SECONDS: '0', ENQUIRY_RATE_LIMIT: '1000'}})
  const server = await startServer({env, appDir: app.appDir, logFile: path.join(ARTIFACTS, 'server.log')})
  cleanups.push(server.stop)
  line(`server: server.mjs on ${server.baseUrl} (process group ${server.pid})`)

  const browser = await chromium.launch({executablePath: chromePath, headless: true, args: CHROMIUM_FLAGS})
  cleanups.push(() => browser.close())

  for (const moduleName of JOURNEYS.filter(selected)) {
    const file = path.join(ROOT, 'tests/e2e/journeys', `${moduleName}.mjs`)
    if (!fs.existsSync(file)) {
      record(`${moduleName} › module`, false, 0, `FEATURE MISSING: tests/e2e/journeys/${moduleName}.mjs does not exist yet`)
      continue
    }
    let mod
    try {
      mod = await import(file)
    } catch (e) {
      record(`${moduleName} › module`, false, 0, `cannot load ${moduleName}.mjs: ${describeError(e)}`)
      continue
    }
    const tests = Object.entries(mod).filter(([name, fn]) => typeof fn === 'function' && !name.startsWith('_'))
    if (tests.length === 0) record(`${moduleName} › module`, false, 0, 'exports no test functions')
    for (const [fnName, fn] of tests) {
      const name = `${moduleName} › ${words(fnName)}`
      if (grep && !name.toLowerCase().includes(grep)) continue
      for (let k = 1; k <= REPEAT; k++) await runJourney(repeated(name, k), fn, {baseUrl: server.baseUrl, browser, snapshotDir: sandbox.snapshotDir, env, server, appDir: app.appDir})
    }
  }

  if (enabledChecks.includes('lighthouse')) await runLighthouse(server.baseUrl, sandbox.snapshotDir)
}

async function runJourneys(shared) {
  for (const moduleName of JOURNEYS.filter(selected)) {
    const file = path.join(ROOT, 'tests/e2e/journeys', `${moduleName}.mjs`)
    let mod
    try {
      mod = await import(file)
    } catch (e) {
      record(`${moduleName} › module`, false, 0, `cannot load ${moduleName}.mjs: ${describeError(e)}`)
      continue
    }
    const tests = Object.entries(mod).filter(([name, fn]) => typeof fn === 'function' && !name.startsWith('_'))
    if (tests.length === 0) record(`${moduleName} › module`, false, 0, 'exports no test functions')
    for (const [fnName, fn] of tests) {
      const name = `${SANITY_MODE ? 'sanity › ' : ''}${moduleName} › ${words(fnName)}`
      if (grep && !name.toLowerCase().includes(grep)) continue
      for (let k = 1; k <= REPEAT; k++) await runJourney(repeated(name, k), fn, shared)
    }
  }
}

// Sanity mode: the local Content Lake on a copy of the snapshot, the site built against it (and
// served by server.mjs, its webhook pointed at the site), then the same journeys in Chromium.
async function mainSanity() {
  const t0 = Date.now()
  let mode
  try {
    mode = await startSanityMode({log: line, artifactsDir: ARTIFACTS, cleanups})
  } catch (e) {
    record('sanity › start the local Content Lake, build and serve the site against it', false, Date.now() - t0, describeError(e))
    return
  }
  line(`lake: ${mode.lake.url} (strict); server: server.mjs on ${mode.server.baseUrl}; ready in ${((Date.now() - t0) / 1000).toFixed(0)} s`)

  if (enabledChecks.includes('queries')) {
    const started = Date.now()
    const r = mode.runQuerySuite()
    record('sanity › every content query over every document, read from the lake (jest tests/unit/content)', r.ok, Date.now() - started, r.ok ? r.summary : r.output)
  }

  const browser = await chromium.launch({executablePath: chromePath, headless: true, args: CHROMIUM_FLAGS})
  cleanups.push(() => browser.close())
  await runJourneys({...mode.shared, browser})

  if (enabledChecks.includes('unknown-requests')) {
    const started = Date.now()
    try {
      const unknown = await mode.lake.unknownRequests()
      record('sanity › the local Content Lake saw no request it does not know', unknown.length === 0, Date.now() - started, unknown.length ? JSON.stringify(unknown, null, 2).slice(0, 4000) : '')
    } catch (e) {
      record('sanity › the local Content Lake saw no request it does not know', false, Date.now() - started, describeError(e))
    }
  }
  line(`sanity mode: ${((Date.now() - t0) / 1000).toFixed(0)} s in all`)
}

async function runJourney(name, fn, shared) {
  const contexts = []
  const errors = new WeakMap()
  const newPage = async ({javaScriptEnabled = true, colorScheme = 'light', viewport = MOBILE, mobile = true, ...contextOptions} = {}) => {
    const context = await shared.browser.newContext({
      // The local Content Lake's certificate is self-signed (images and the Studio's API calls).
      ...(SANITY_MODE ? {ignoreHTTPSErrors: true} : {}),
      viewport,
      deviceScaleFactor: mobile ? 3 : 1,
      isMobile: mobile,
      hasTouch: mobile,
      javaScriptEnabled,
      colorScheme,
      locale: 'en-SG',
      timezoneId: 'Asia/Singapore',
      ...contextOptions,
    })
    contexts.push(context)
    const page = await context.newPage()
    page.setDefaultTimeout(15_000)
    const list = []
    errors.set(page, list)
    page.on('pageerror', (e) => list.push(`pageerror: ${e.message}`))
    page.on('console', (msg) => msg.type() === 'error' && list.push(`console: ${msg.text()}`))
    return page
  }
  const ctx = {
    ...shared,
    artifactsDir: ARTIFACTS,
    newMobilePage: (options = {}) => newPage(options),
    newDesktopPage: (options = {}) => newPage({viewport: {width: 1280, height: 800}, mobile: false, ...options}),
    /** Errors the page logged (uncaught exceptions and console.error, CSP violations included). */
    pageErrors: (page) => errors.get(page) ?? [],
  }
  const t0 = Date.now()
  try {
    await withTimeout(fn(ctx), fn.timeoutMs ?? TEST_TIMEOUT_MS, name)
    record(name, true, Date.now() - t0)
  } catch (e) {
    const shots = []
    let n = 0
    for (const context of contexts) {
      for (const page of context.pages()) {
        const file = path.join(ARTIFACTS, `${slugify(name)}${n ? `-${n}` : ''}.png`)
        n += 1
        try {
          await page.screenshot({path: file, fullPage: true, timeout: 10_000})
          shots.push(`${path.relative(ROOT, file)} (${page.url()})`)
        } catch {
          /* page already gone */
        }
      }
    }
    record(name, false, Date.now() - t0, `${describeError(e)}${shots.length ? `\nscreenshot: ${shots.join(', ')}` : ''}`)
  } finally {
    for (const context of contexts) await context.close().catch(() => {})
  }
}

function runBudget(appDir) {
  const name = 'budget › article JavaScript within 5 KB gz of a bare page (npm run size)'
  const script = path.join(ROOT, 'scripts/route-size.mjs')
  const t0 = Date.now()
  if (!fs.existsSync(script)) {
    record(name, false, 0, 'FEATURE MISSING: scripts/route-size.mjs does not exist yet (reading issue)')
    return
  }
  const r = spawnSync(process.execPath, [script, `--dir=${path.join(appDir, '.next')}`], {cwd: ROOT, encoding: 'utf8', timeout: 120_000})
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim()
  record(name, r.status === 0, Date.now() - t0, output)
}

async function runLighthouse(baseUrl, snapshotDir) {
  let targets
  try {
    const snap = readSnapshot(snapshotDir)
    const treatment = slugsOf(snap, 'treatment')[0]
    targets = [
      ['pore guide', `/blog/${snap.slug(poreGuide(snap))}`],
      ['home', '/'],
      ['treatment', `/treatments/${treatment}`],
      ['booking form', treatment ? `/book?treatment=${treatment}` : '/book'],
    ]
  } catch (e) {
    record('lighthouse › targets', false, 0, describeError(e))
    return
  }
  let chrome
  try {
    chrome = await launchChromiumForLighthouse()
  } catch (e) {
    record('lighthouse › launch chromium', false, 0, e.message)
    return
  }
  cleanups.push(async () => chrome.close())
  for (const [label, pathname] of targets) {
    const name = `lighthouse › ${label} (${pathname}): ${ASSERTED.join(', ')} = 100`
    if (grep && !name.toLowerCase().includes(grep)) continue
    const t0 = Date.now()
    try {
      const status = (await fetch(new URL(pathname, baseUrl), {redirect: 'manual'})).status
      if (status === 404) throw new FeatureMissing(`GET ${pathname} answered 404: ${label} has not landed yet`)
      const r = await withTimeout(
        audit(new URL(pathname, baseUrl).href, {port: chrome.port, reportFile: path.join(ARTIFACTS, 'lighthouse', `${slugify(label)}.json`)}),
        TEST_TIMEOUT_MS,
        name,
      )
      const short = ASSERTED.filter((c) => r.scores[c] !== 100)
      const detail = [formatScores(r), ...short.flatMap((c) => [`${c} below 100:`, ...r.losing[c].map((l) => `  ${l}`)])].join('\n')
      record(name, short.length === 0, Date.now() - t0, detail)
    } catch (e) {
      record(name, false, Date.now() - t0, describeError(e))
    }
  }
}

let code = 1
try {
  await main()
  code = finish()
} catch (e) {
  record('harness', false, 0, describeError(e))
  code = finish()
} finally {
  await cleanup()
}
process.exit(code)

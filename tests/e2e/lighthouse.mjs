// Lighthouse 12 against a running server, in Debian's Chromium with the same flags as the
// journeys. Used by run.mjs (asserting accessibility, best practices and SEO at 100) and by
// tooling/bench/bench.mjs (performance). Standalone: node tests/e2e/lighthouse.mjs <url>...
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import lighthouse from 'lighthouse'
import {freePort} from './lib/app-server.mjs'
import {CHROMIUM_FLAGS, findChromium, INSTALL_HINT} from './lib/chromium.mjs'

export const ASSERTED = ['accessibility', 'best-practices', 'seo']
export const CATEGORIES = ['performance', ...ASSERTED]

/** Starts a headless Chromium with a DevTools port and a fresh profile. */
export async function launchChromiumForLighthouse() {
  const chromePath = findChromium()
  if (!chromePath) throw new Error(INSTALL_HINT)
  const port = await freePort()
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lh-profile-'))
  const child = spawn(chromePath, ['--headless=new', ...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, `--remote-debugging-port=${port}`, '--remote-debugging-address=127.0.0.1', 'about:blank'], {
    detached: true,
    stdio: 'ignore',
  })
  const kill = () => {
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      /* gone */
    }
    fs.rmSync(profile, {recursive: true, force: true})
  }
  process.once('exit', kill)
  const deadline = Date.now() + 20_000
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/json/version`)
      if (res.ok) break
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      kill()
      throw new Error('Chromium did not open its DevTools port for Lighthouse within 20 s')
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  return {
    port,
    close: () => {
      process.off('exit', kill)
      kill()
    },
  }
}

// Lighthouse's own failures to record a trace ("Please run Lighthouse again"), which say nothing of
// the page: one more run is allowed for these. A page that paints nothing (NO_FCP) is not one.
const TRACE_FAILURES = new Set(['NO_NAVSTART', 'NO_TRACING_STARTED', 'NO_DCL', 'PROTOCOL_TIMEOUT'])

/** One Lighthouse run (mobile, simulated throttling: Lighthouse's defaults). */
export async function audit(url, {port, categories = CATEGORIES, reportFile} = {}) {
  let result
  for (let attempt = 1; attempt <= 2; attempt++) {
    result = await lighthouse(url, {port, output: 'json', logLevel: 'error', onlyCategories: categories})
    if (!TRACE_FAILURES.has(result?.lhr?.runtimeError?.code)) break
    if (attempt === 1) console.log(`      Lighthouse: ${result.lhr.runtimeError.code} on ${url}; running it again, as it asks`)
  }
  if (!result?.lhr) throw new Error(`Lighthouse returned no result for ${url}`)
  const {lhr} = result
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
  if (reportFile) {
    fs.mkdirSync(path.dirname(reportFile), {recursive: true})
    fs.writeFileSync(reportFile, result.report)
  }
  const scores = Object.fromEntries(categories.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]))
  // Audits that cost points in each category, to print when a score is not 100.
  const losing = {}
  for (const c of categories) {
    losing[c] = (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1)
      .map((a) => {
        const items = (a.details?.items ?? []).slice(0, 3).map((i) => i.node?.snippet ?? i.url ?? i.description ?? i.source?.url ?? JSON.stringify(i).slice(0, 160))
        return `${a.id} (${a.score}): ${a.title}${items.length ? `\n          ${items.join('\n          ')}` : ''}`
      })
  }
  const m = (id) => lhr.audits[id]?.numericValue
  // The unthrottled load Lighthouse simulates from: what it counts into the simulated LCP depends on
  // what had happened by the observed one (scripts that ran before the first paint, say).
  const observed = lhr.audits.metrics?.details?.items?.[0] ?? {}
  const metrics = {fcpMs: m('first-contentful-paint'), lcpMs: m('largest-contentful-paint'), tbtMs: m('total-blocking-time'), cls: m('cumulative-layout-shift'), siMs: m('speed-index'), observedLcpMs: observed.observedLargestContentfulPaint}
  return {url, scores, losing, metrics}
}

export function formatScores(r) {
  const s = r.scores
  const perf = s.performance == null ? '' : `performance ${s.performance} (LCP ${Math.round(r.metrics.lcpMs)} ms, TBT ${Math.round(r.metrics.tbtMs)} ms, CLS ${r.metrics.cls?.toFixed(3)}), `
  return `${perf}accessibility ${s.accessibility}, best-practices ${s['best-practices']}, seo ${s.seo}`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const urls = process.argv.slice(2)
  if (urls.length === 0) {
    console.error('usage: node tests/e2e/lighthouse.mjs <url>...')
    process.exit(2)
  }
  const chrome = await launchChromiumForLighthouse()
  try {
    for (const url of urls) console.log(`${url}: ${formatScores(await audit(url, {port: chrome.port}))}`)
  } finally {
    chrome.close()
  }
}

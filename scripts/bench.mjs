#!/usr/bin/env node
// npm run bench: one command, one table, bench-results/bench.json. Not part of the tests.
//   1. Lighthouse mobile performance of the pore guide, median of 3 runs.
//   2. Requests/s and p50/p99 for the cached pore guide from `next start`, next to the same bytes
//      served as a static file by nginx on the same machine in the same run (wrk, loopback).
//   3. Publish-to-live p50/p95 (scripts/bench-publish.mjs).
//   4. Enquiry submissions/s (scripts/bench-enquiries.mjs).
// Options: --duration 10 (seconds per wrk run), --connections 50, --skip lighthouse,throughput,publish,enquiries
import {spawn, spawnSync} from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {audit, launchChromiumForLighthouse} from '../tests/e2e/lighthouse.mjs'
import {freePort, makeSandbox, prepareApp, ROOT, serverEnv, startServer} from '../tests/e2e/lib/app-server.mjs'
import {poreGuide, readSnapshot} from '../tests/e2e/lib/kit.mjs'

const {values} = parseArgs({
  options: {
    duration: {type: 'string', default: '10'},
    connections: {type: 'string', default: '50'},
    skip: {type: 'string', default: ''},
  },
})
const DURATION = Math.min(Number(values.duration), 60)
const CONNECTIONS = Math.min(Number(values.connections), 200)
const skip = new Set(values.skip.split(',').filter(Boolean))
const OUT = path.join(ROOT, 'bench-results')

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const sha = (buf) => crypto.createHash('sha256').update(buf).digest('hex').slice(0, 12)
const have = (cmd) => spawnSync('bash', ['-c', `command -v ${cmd}`]).status === 0

// --- Lighthouse -------------------------------------------------------------------------------
async function lighthouseMedian(url) {
  const chrome = await launchChromiumForLighthouse()
  try {
    const runs = []
    for (let i = 0; i < 3; i++) {
      const r = await audit(url, {port: chrome.port, categories: ['performance']})
      runs.push(r)
      console.log(`lighthouse run ${i + 1}: performance ${r.scores.performance}, LCP ${Math.round(r.metrics.lcpMs)} ms, TBT ${Math.round(r.metrics.tbtMs)} ms`)
    }
    const perf = median(runs.map((r) => r.scores.performance))
    return {
      runs: runs.map((r) => ({performance: r.scores.performance, ...r.metrics})),
      performanceMedian: perf,
      lcpMsMedian: Math.round(median(runs.map((r) => r.metrics.lcpMs))),
      tbtMsMedian: Math.round(median(runs.map((r) => r.metrics.tbtMs))),
      clsMedian: median(runs.map((r) => r.metrics.cls)),
    }
  } finally {
    chrome.close()
  }
}

// --- wrk --------------------------------------------------------------------------------------
function toMs(value) {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(value)
  if (!m) return NaN
  return Number(m[1]) * {us: 0.001, ms: 1, s: 1000, m: 60000}[m[2]]
}

function wrk(url) {
  // One thread: the machine has 2 cores and the server under test needs one of them.
  const r = spawnSync('wrk', ['-t1', `-c${CONNECTIONS}`, `-d${DURATION}s`, '--timeout', '10s', '--latency', url], {encoding: 'utf8', timeout: (DURATION + 30) * 1000})
  if (r.status !== 0) throw new Error(`wrk failed: ${r.stderr || r.stdout}`)
  const out = r.stdout
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1])
  const p = (q) => toMs(new RegExp(`^\\s+${q}%\\s+(\\S+)`, 'm').exec(out)?.[1] ?? '')
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0)
  const errors = /Socket errors:([^\n]+)/.exec(out)?.[1]?.trim() ?? null
  const requests = Number(/(\d+) requests in/.exec(out)?.[1])
  return {requestsPerSecond: rps, p50Ms: p(50), p99Ms: p(99), requests, non2xx, socketErrors: errors}
}

async function startNginx(file) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-nginx-'))
  const port = await freePort()
  fs.copyFileSync(file, path.join(dir, 'page.html'))
  const conf = path.join(dir, 'nginx.conf')
  // Root runs nginx in the foreground with its workers as root too (no daemon user to set up);
  // one worker, like the single Node process it is compared with.
  fs.writeFileSync(
    conf,
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  sendfile on; tcp_nopush on; keepalive_requests 100000;
  server {
    listen 127.0.0.1:${port};
    root ${dir};
    location / { default_type text/html; try_files /page.html =404; }
  }
}
`,
  )
  const child = spawn('nginx', ['-c', conf, '-p', dir], {detached: true, stdio: ['ignore', 'ignore', 'pipe']})
  let stderr = ''
  child.stderr.on('data', (d) => (stderr += d))
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      /* gone */
    }
    fs.rmSync(dir, {recursive: true, force: true})
  }
  process.once('exit', stop)
  const url = `http://127.0.0.1:${port}/blog/page`
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(url)).ok) return {url, stop}
    } catch {
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  stop()
  throw new Error(`nginx did not start: ${stderr}`)
}

async function throughput(articleUrl, workDir) {
  if (!have('wrk')) throw new Error('wrk is not installed: apt-get install -y wrk')
  if (!have('nginx')) throw new Error('nginx is not installed: flock /tmp/apt.lock apt-get install -y nginx')
  // Warm the ISR cache, then take the cached bytes.
  for (let i = 0; i < 3; i++) await fetch(articleUrl).then((r) => r.arrayBuffer())
  const res = await fetch(articleUrl, {headers: {'accept-encoding': 'identity'}})
  const body = Buffer.from(await res.arrayBuffer())
  const cache = res.headers.get('x-nextjs-cache')
  const file = path.join(workDir, 'pore-guide.html')
  fs.writeFileSync(file, body)
  const nginx = await startNginx(file)
  try {
    const served = Buffer.from(await (await fetch(nginx.url)).arrayBuffer())
    if (!served.equals(body)) throw new Error('nginx does not serve the same bytes')
    console.log(`page: ${body.length} bytes, sha256 ${sha(body)}, x-nextjs-cache ${cache}`)
    console.log(`wrk -t1 -c${CONNECTIONS} -d${DURATION}s against next start ...`)
    const next = wrk(articleUrl)
    console.log(`  ${next.requestsPerSecond} req/s, p50 ${next.p50Ms} ms, p99 ${next.p99Ms} ms`)
    console.log(`wrk -t1 -c${CONNECTIONS} -d${DURATION}s against nginx (same bytes) ...`)
    const static_ = wrk(nginx.url)
    console.log(`  ${static_.requestsPerSecond} req/s, p50 ${static_.p50Ms} ms, p99 ${static_.p99Ms} ms`)
    return {bytes: body.length, sha256: sha(body), nextCacheHeader: cache, next, nginx: static_, ratioNextToNginx: Number((next.requestsPerSecond / static_.requestsPerSecond).toFixed(3))}
  } finally {
    nginx.stop()
  }
}

// --- the other helpers' benchmarks ---------------------------------------------------------------
function runScript(script, args, jsonFile, resultDir = OUT) {
  const file = path.join(ROOT, 'scripts', script)
  if (!fs.existsSync(file)) return {missing: `scripts/${script} does not exist yet`}
  console.log(`\n$ node scripts/${script} ${args.join(' ')}`)
  const r = spawnSync(process.execPath, [file, ...args], {cwd: ROOT, stdio: 'inherit', timeout: 15 * 60 * 1000, env: process.env})
  if (r.status !== 0) return {error: `scripts/${script} exited ${r.status ?? r.signal}`}
  try {
    return JSON.parse(fs.readFileSync(path.join(resultDir, jsonFile), 'utf8'))
  } catch (e) {
    return {error: `cannot read bench-results/${jsonFile}: ${e.message}`}
  }
}

// --- main -----------------------------------------------------------------------------------
// Other processes on a shared machine skew every figure: the load average is part of the result.
const result = {at: new Date().toISOString(), machine: {cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, loadAverageBefore: os.loadavg().map((n) => Number(n.toFixed(2)))}}
// A private copy of the harness build: the lock is held only while building and copying it.
const app = await prepareApp({prefix: 'clinic-bench-app-'})
process.once('exit', () => app.remove())
fs.mkdirSync(OUT, {recursive: true})
const sandbox = makeSandbox('clinic-bench-')
const env = serverEnv({snapshotDir: sandbox.snapshotDir, sqlitePath: sandbox.sqlitePath})
let server
try {
  server = await startServer({env, appDir: app.appDir, logFile: path.join(sandbox.dir, 'server.log')})
  console.log(`server: next start on ${server.baseUrl}`)
  const snap = readSnapshot(sandbox.snapshotDir)
  const articlePath = `/blog/${snap.slug(poreGuide(snap))}`
  const articleUrl = new URL(articlePath, server.baseUrl).href
  result.page = articlePath

  if (!skip.has('lighthouse')) {
    console.log('\n== Lighthouse (mobile, simulated throttling), pore guide x3')
    result.lighthouse = await lighthouseMedian(articleUrl).catch((e) => ({error: e.message}))
  }
  if (!skip.has('throughput')) {
    console.log('\n== Cached pore guide: next start vs nginx static file')
    result.throughput = await throughput(articleUrl, sandbox.dir).catch((e) => ({error: e.message}))
  }
  if (!skip.has('publish')) {
    console.log('\n== Publish to live')
    result.publish = runScript('bench-publish.mjs', ['--url', server.baseUrl, '--snapshot-dir', sandbox.snapshotDir, '--secret', env.SANITY_REVALIDATE_SECRET], 'publish.json')
  }
} finally {
  await server?.stop()
}
if (!skip.has('enquiries')) {
  console.log('\n== Enquiry submissions (its own server, SQLite)')
  result.enquiries = runScript('bench-enquiries.mjs', ['--port', String(await freePort()), '--dir', app.appDir], 'enquiries-sqlite.json', path.join(app.appDir, 'bench-results'))
}
sandbox.remove()
app.remove()

result.machine.loadAverageAfter = os.loadavg().map((n) => Number(n.toFixed(2)))

// --- table ------------------------------------------------------------------------------------
const rows = []
const row = (measure, value, note = '') => rows.push([measure, value, note])
const L = result.lighthouse
if (L) row('Lighthouse mobile performance, pore guide (median of 3)', L.error ?? `${L.performanceMedian}`, L.error ? '' : `LCP ${L.lcpMsMedian} ms, TBT ${L.tbtMsMedian} ms, CLS ${L.clsMedian}`)
const T = result.throughput
if (T?.error) row('Cached pore guide throughput', T.error)
else if (T) {
  row('next start, cached pore guide', `${Math.round(T.next.requestsPerSecond)} req/s`, `p50 ${T.next.p50Ms} ms, p99 ${T.next.p99Ms} ms`)
  row('nginx static file, same bytes', `${Math.round(T.nginx.requestsPerSecond)} req/s`, `p50 ${T.nginx.p50Ms} ms, p99 ${T.nginx.p99Ms} ms`)
  row('next start / nginx', `${T.ratioNextToNginx}`, `${T.bytes} bytes, ${CONNECTIONS} connections, ${DURATION} s each, 1 wrk thread, 1 nginx worker`)
}
const P = result.publish
if (P) row('Publish to live (webhook sent -> fresh HTML)', P.missing ?? P.error ?? `p50 ${P.p50Ms} ms, p95 ${P.p95Ms} ms`, P.runs ? `${P.runs} publishes` : '')
const E = result.enquiries
if (E) row('Enquiry submissions (SQLite)', E.missing ?? E.error ?? `${E.submissionsPerSecond}/s`, E.latencyMs ? `p50 ${E.latencyMs.p50} ms, p99 ${E.latencyMs.p99} ms, ${E.concurrency} concurrent, ${E.succeeded}/${E.submissions} ok` : '')

const widths = [0, 1, 2].map((i) => Math.max(...[['Measure', 'Value', 'Detail'], ...rows].map((r) => String(r[i]).length)))
const fmt = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`
console.log(`\n${fmt(['Measure', 'Value', 'Detail'])}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${rows.map(fmt).join('\n')}`)
console.log(`load average (1/5/15 min) before ${result.machine.loadAverageBefore.join(' ')}, after ${result.machine.loadAverageAfter.join(' ')} on ${result.machine.cpus} CPUs`)
fs.writeFileSync(path.join(OUT, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`)
console.log('\nwritten to bench-results/bench.json')

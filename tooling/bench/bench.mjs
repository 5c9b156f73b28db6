#!/usr/bin/env node
// npm run bench: one command, one table, bench-results/bench.json. Not part of the tests.
// Every figure of ours is measured beside a reference in the same run, because the machine is
// shared and absolute numbers move with its load (printed with the table):
//   1. Lighthouse mobile (simulated throttling), median of 5, for the pore guide, a treatment page
//      and /book beside the bare /size-baseline page, the pages interleaved run by run.
//   2. HTML weight of the guide against the target: gz(HTML) <= 1.5 x (gz(visible text) + gz(bare HTML)).
//   3. Requests/s for the cached guide through deploy/nginx/clinic-cache.conf, beside nginx serving
//      the very same gzipped bytes as a precompressed static file (gzip_static), and server.mjs
//      alone; and how many requests reached the origin meanwhile.
//   4. Publish-to-live p50/p95 through nginx (tooling/bench/bench-publish.mjs against the proxy).
//   5. Enquiry submissions/s (tooling/bench/bench-enquiries.mjs).
//   6. The staff insights page's work over 100,000 enquiries on SQLite and Postgres (bench-insights.mjs).
//   7. Content at scale: build, reading, publish and memory on 9, 500 and 5,000 posts
//      (bench-content-scale.mjs; --scale-posts 9,500 for a shorter run).
// Options: --duration 5 (seconds per wrk run), --rounds 3 (static and cache runs, alternated),
//          --connections 50, --runs 5 (Lighthouse),
//          --skip lighthouse,html,throughput,publish,enquiries,search,insights,content-scale
import {spawn, spawnSync} from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import zlib from 'node:zlib'
import {audit, launchChromiumForLighthouse} from '../../tests/e2e/lighthouse.mjs'
import {freePort, makeSandbox, prepareApp, ROOT, serverEnv, startServer} from '../../tests/e2e/lib/app-server.mjs'
import {poreGuide, readSnapshot} from '../../tests/e2e/lib/kit.mjs'
import {startCacheProxy} from '../../tests/nginx/cache-proxy.mjs'

const {values} = parseArgs({
  options: {
    duration: {type: 'string', default: '5'},
    rounds: {type: 'string', default: '3'},
    connections: {type: 'string', default: '50'},
    runs: {type: 'string', default: '5'},
    skip: {type: 'string', default: ''},
    'scale-posts': {type: 'string', default: '9,500,5000'},
  },
})
const DURATION = Math.min(Number(values.duration), 60)
const CONNECTIONS = Math.min(Number(values.connections), 200)
const ROUNDS = Math.max(1, Math.min(Number(values.rounds), 9))
const LH_RUNS = Math.max(1, Math.min(Number(values.runs), 9))
const skip = new Set(values.skip.split(',').filter(Boolean))
const OUT = path.join(ROOT, 'bench-results')

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const sha = (buf) => crypto.createHash('sha256').update(buf).digest('hex').slice(0, 12)
const have = (cmd) => spawnSync('bash', ['-c', `command -v ${cmd}`]).status === 0

// --- Lighthouse -------------------------------------------------------------------------------
const LH_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

/** Each round audits every page once, so the pages share the machine's load alike. */
async function lighthouseMedians(pages) {
  const chrome = await launchChromiumForLighthouse()
  const runs = Object.fromEntries(pages.map((p) => [p.label, []]))
  try {
    for (let i = 0; i < LH_RUNS; i++) {
      for (const page of pages) {
        const r = await audit(page.url, {port: chrome.port, categories: LH_CATEGORIES})
        runs[page.label].push(r)
        console.log(`lighthouse ${i + 1}/${LH_RUNS} ${page.label}: performance ${r.scores.performance}, LCP ${Math.round(r.metrics.lcpMs)} ms, TBT ${Math.round(r.metrics.tbtMs)} ms, a11y ${r.scores.accessibility}, BP ${r.scores['best-practices']}, SEO ${r.scores.seo}`)
      }
    }
  } finally {
    chrome.close()
  }
  return Object.fromEntries(
    pages.map((p) => {
      const rs = runs[p.label]
      const med = (f) => median(rs.map(f))
      return [
        p.label,
        {
          path: p.path,
          performance: med((r) => r.scores.performance),
          lcpMs: Math.round(med((r) => r.metrics.lcpMs)),
          fcpMs: Math.round(med((r) => r.metrics.fcpMs)),
          tbtMs: Math.round(med((r) => r.metrics.tbtMs)),
          cls: med((r) => r.metrics.cls),
          accessibility: med((r) => r.scores.accessibility),
          bestPractices: med((r) => r.scores['best-practices']),
          seo: med((r) => r.scores.seo),
          runs: rs.map((r) => ({...r.scores, ...r.metrics})),
        },
      ]
    }),
  )
}

// --- HTML weight ------------------------------------------------------------------------------
const gzSize = (buf) => zlib.gzipSync(buf, {level: 9}).length
/** What a reader sees as text: the body without scripts, styles and tags, whitespace collapsed. */
function visibleText(html) {
  const body = html.slice(html.indexOf('<body'))
  return body
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z0-9#]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}
async function htmlWeight(baseUrl, articlePath) {
  const read = async (p) => Buffer.from(await (await fetch(new URL(p, baseUrl), {headers: {'accept-encoding': 'identity'}})).arrayBuffer())
  const guide = await read(articlePath)
  const bare = await read('/size-baseline')
  const html = guide.toString('utf8')
  const flight = [...html.matchAll(/<script>self\.__next_f\.push\(\[1,"((?:[^"\\]|\\.)*)"\]\)<\/script>/g)].map((m) => JSON.parse(`"${m[1]}"`)).join('')
  const text = visibleText(html)
  const r = {
    guideBytes: guide.length,
    guideGz: gzSize(guide),
    rscPayloadBytes: Buffer.byteLength(flight),
    htmlWithoutPayloadGz: gzSize(html.replace(/<script>self\.__next_f\.push[\s\S]*?<\/script>/g, '')),
    bareBytes: bare.length,
    bareGz: gzSize(bare),
    textBytes: Buffer.byteLength(text),
    textGz: gzSize(text),
  }
  r.targetGz = Math.round(1.5 * (r.textGz + r.bareGz))
  r.ratio = Number((r.guideGz / (r.textGz + r.bareGz)).toFixed(2))
  return r
}

// --- wrk --------------------------------------------------------------------------------------
function toMs(value) {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(value)
  if (!m) return NaN
  return Number(m[1]) * {us: 0.001, ms: 1, s: 1000, m: 60000}[m[2]]
}

function wrk(url) {
  // One thread: the machine has 2 cores and the server under test needs one of them. Every reader
  // is a browser, and every browser accepts gzip.
  const r = spawnSync('wrk', ['-t1', `-c${CONNECTIONS}`, `-d${DURATION}s`, '--timeout', '10s', '--latency', '-H', 'Accept-Encoding: gzip', url], {encoding: 'utf8', timeout: (DURATION + 30) * 1000})
  if (r.status !== 0) throw new Error(`wrk failed: ${r.stderr || r.stdout}`)
  const out = r.stdout
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1])
  const p = (q) => toMs(new RegExp(`^\\s+${q}%\\s+(\\S+)`, 'm').exec(out)?.[1] ?? '')
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0)
  const errors = /Socket errors:([^\n]+)/.exec(out)?.[1]?.trim() ?? null
  const requests = Number(/(\d+) requests in/.exec(out)?.[1])
  return {requestsPerSecond: rps, p50Ms: p(50), p99Ms: p(99), requests, non2xx, socketErrors: errors}
}

/** nginx serving one page as a static file, with its gzipped twin for gzip_static. */
async function startNginx(plain, gzipped) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-nginx-'))
  const port = await freePort()
  fs.writeFileSync(path.join(dir, 'page.html'), plain)
  fs.writeFileSync(path.join(dir, 'page.html.gz'), gzipped)
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
    gzip_static on;
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

function rawGet(url) {
  // node:http, not fetch: the gzipped bytes exactly as sent.
  return new Promise((resolve, reject) => {
    http
      .get(url, {headers: {'accept-encoding': 'gzip'}, agent: false}, (res) => {
        const chunks = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () => resolve({headers: res.headers, body: Buffer.concat(chunks)}))
      })
      .on('error', reject)
  })
}

/**
 * The same bytes from a minimal origin: Content-Length and three other headers, where Next streams its
 * gzip (chunked, no length) and sends about fifteen headers that nginx re-reads from the stored copy
 * on every hit. The same deploy/nginx file in front of it shows what the cache itself costs.
 */
async function startPlainOrigin(gzipped) {
  // Its own process: wrk runs through spawnSync, which blocks this one.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-plain-origin-'))
  fs.writeFileSync(path.join(dir, 'page.html.gz'), gzipped)
  const port = await freePort()
  const code = `
    const body = require('fs').readFileSync(${JSON.stringify(path.join(dir, 'page.html.gz'))})
    require('http').createServer((req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-encoding': 'gzip',
        'content-length': body.length,
        'cache-control': 'public, max-age=0, s-maxage=1, stale-while-revalidate=1, stale-if-error=86400',
      })
      res.end(body)
    }).listen(${port}, '127.0.0.1')`
  const child = spawn(process.execPath, ['-e', code], {stdio: 'ignore'})
  const stopOrigin = () => {
    child.kill('SIGKILL')
    fs.rmSync(dir, {recursive: true, force: true})
  }
  process.once('exit', stopOrigin)
  for (let i = 0; ; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`)
      break
    } catch (error) {
      if (i > 50) {
        stopOrigin()
        throw error
      }
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  const proxy = await startCacheProxy({origin: `127.0.0.1:${port}`})
  return {
    proxy,
    stop: () => {
      proxy.stop()
      stopOrigin()
    },
  }
}

async function throughput(articleUrl, proxy, articlePath) {
  if (!have('wrk')) throw new Error('wrk is not installed: apt-get install -y wrk')
  const viaProxy = new URL(articlePath, proxy.url).href
  // Warm the ISR cache and the proxy cache, then take the bytes the proxy serves.
  for (let i = 0; i < 3; i++) await rawGet(viaProxy)
  const cached = await rawGet(viaProxy)
  if (cached.headers['content-encoding'] !== 'gzip') throw new Error('nginx did not serve the guide gzipped')
  const plain = zlib.gunzipSync(cached.body)
  const nginx = await startNginx(plain, cached.body)
  const plainOrigin = await startPlainOrigin(cached.body)
  const viaPlainProxy = new URL(articlePath, plainOrigin.proxy.url).href
  try {
    const served = await rawGet(nginx.url)
    if (!served.body.equals(cached.body)) throw new Error('static nginx does not serve the same gzipped bytes')
    console.log(`page: ${plain.length} bytes, ${cached.body.length} gzipped, sha256 ${sha(cached.body)}, proxy X-Cache-Status ${cached.headers['x-cache-status']}`)
    const run = (label, url) => {
      console.log(`wrk -t1 -c${CONNECTIONS} -d${DURATION}s -H 'Accept-Encoding: gzip' against ${label} ...`)
      const r = wrk(url)
      console.log(`  ${r.requestsPerSecond} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, non-2xx ${r.non2xx}`)
      return r
    }
    // The same two servers swing widely from one run to the next on this shared machine, so static
    // and cache alternate, round by round, and each round's ratio is taken before the median.
    const rounds = []
    const origin = []
    for (let i = 0; i < ROUNDS; i++) {
      const round = `round ${i + 1}/${ROUNDS}`
      const staticRun = run(`${round}: nginx static (gzip_static, same bytes)`, nginx.url)
      const since = Date.now()
      const cacheRun = run(`${round}: nginx cache in front of server.mjs (deploy/nginx)`, viaProxy)
      origin.push(...proxy.originRequests().filter((r) => r.uri === articlePath && r.at >= since))
      const plainRun = run(`${round}: nginx cache (deploy/nginx) in front of a minimal origin, same bytes`, viaPlainProxy)
      const ofStatic = (r) => Number((r.requestsPerSecond / staticRun.requestsPerSecond).toFixed(3))
      rounds.push({static: staticRun, cache: cacheRun, plainCache: plainRun, ratio: ofStatic(cacheRun), plainRatio: ofStatic(plainRun)})
    }
    const medianRun = (runs) => [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor(runs.length / 2)]
    const static_ = medianRun(rounds.map((r) => r.static))
    const cache = medianRun(rounds.map((r) => r.cache))
    const plainCache = medianRun(rounds.map((r) => r.plainCache))
    const originRequests = origin.length
    const originByCacheStatus = Object.fromEntries([...new Set(origin.map((r) => r.cache))].map((c) => [c, origin.filter((r) => r.cache === c).length]))
    console.log(`  origin requests during the cache runs: ${JSON.stringify(originByCacheStatus)}`)
    const next = run('server.mjs alone', articleUrl)
    return {
      bytes: plain.length,
      gzBytes: cached.body.length,
      sha256: sha(cached.body),
      static: static_,
      cache,
      next,
      plainCache,
      // Each round's pair ran back to back, so the ratio is taken per round, then the median.
      ratioPlainCacheToStatic: median(rounds.map((r) => r.plainRatio)),
      rounds: rounds.map((r) => ({staticRequestsPerSecond: r.static.requestsPerSecond, cacheRequestsPerSecond: r.cache.requestsPerSecond, plainCacheRequestsPerSecond: r.plainCache.requestsPerSecond, ratio: r.ratio, plainRatio: r.plainRatio})),
      originRequestsDuringCacheRuns: originRequests,
      originByCacheStatus,
      originRequestsPerSecond: Number((originRequests / (DURATION * ROUNDS)).toFixed(2)),
      ratioCacheToStatic: median(rounds.map((r) => r.ratio)),
      ratioNextToStatic: Number((next.requestsPerSecond / static_.requestsPerSecond).toFixed(3)),
    }
  } finally {
    plainOrigin.stop()
    nginx.stop()
  }
}

// --- the other helpers' benchmarks ---------------------------------------------------------------
function runScript(script, args, jsonFile, resultDir = OUT, timeoutMs = 15 * 60 * 1000) {
  const file = path.join(ROOT, 'tooling/bench', script)
  if (!fs.existsSync(file)) return {missing: `tooling/bench/${script} does not exist yet`}
  console.log(`\n$ node tooling/bench/${script} ${args.join(' ')}`)
  const r = spawnSync(process.execPath, [file, ...args], {cwd: ROOT, stdio: 'inherit', timeout: timeoutMs, env: process.env})
  if (r.status !== 0) return {error: `tooling/bench/${script} exited ${r.status ?? r.signal}`}
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
let proxy
try {
  // The origin asks nginx's refresh listener for the changed pages after each publish, as deployed.
  const refreshPort = await freePort()
  server = await startServer({env: {...env, TRUSTED_PROXY_HOPS: '1', SHARED_CACHE_REFRESH_URLS: `http://127.0.0.1:${refreshPort}`}, appDir: app.appDir, logFile: path.join(sandbox.dir, 'server.log')})
  proxy = await startCacheProxy({origin: `127.0.0.1:${server.port}`, refreshPort})
  console.log(`server: server.mjs on ${server.baseUrl}, nginx cache (deploy/nginx) on ${proxy.url}`)
  const snap = readSnapshot(sandbox.snapshotDir)
  const articlePath = `/blog/${snap.slug(poreGuide(snap))}`
  const treatment = snap.byType('treatment').map((t) => snap.slug(t)).filter(Boolean).sort()[0]
  const articleUrl = new URL(articlePath, server.baseUrl).href
  result.page = articlePath

  if (!skip.has('lighthouse')) {
    console.log(`\n== Lighthouse (mobile, simulated throttling), median of ${LH_RUNS}, pages interleaved`)
    const pages = [
      {label: 'bare', path: '/size-baseline'},
      {label: 'guide', path: articlePath},
      {label: 'treatment', path: `/treatments/${treatment}`},
      {label: 'book', path: '/book'},
    ].map((p) => ({...p, url: new URL(p.path, server.baseUrl).href}))
    result.lighthouse = await lighthouseMedians(pages).catch((e) => ({error: e.message}))
  }
  if (!skip.has('html')) {
    console.log('\n== HTML weight of the guide')
    result.html = await htmlWeight(server.baseUrl, articlePath).catch((e) => ({error: e.message}))
  }
  if (!skip.has('throughput')) {
    console.log('\n== Cached guide: nginx static vs nginx cache vs server.mjs')
    result.throughput = await throughput(articleUrl, proxy, articlePath).catch((e) => ({error: e.message}))
  }
  if (!skip.has('publish')) {
    console.log('\n== Publish to live, through nginx')
    result.publish = runScript('bench-publish.mjs', ['--url', proxy.url, '--snapshot-dir', sandbox.snapshotDir, '--secret', env.SANITY_REVALIDATE_SECRET], 'publish.json')
  }
} finally {
  proxy?.stop()
  await server?.stop()
}
if (!skip.has('enquiries')) {
  console.log('\n== Enquiry submissions (its own server, SQLite)')
  result.enquiries = runScript('bench-enquiries.mjs', ['--port', String(await freePort()), '--dir', app.appDir], 'enquiries-sqlite.json', path.join(app.appDir, 'bench-results'))
}
if (!skip.has('search')) {
  console.log('\n== Search: the 9-post site and a generated 5,000-post one')
  result.search = runScript('bench-search.mjs', ['--posts', '5000'], 'search.json')
}
if (!skip.has('insights')) {
  console.log('\n== Staff insights over 100,000 enquiries, SQLite and Postgres')
  result.insights = runScript('bench-insights.mjs', [], 'insights.json')
}
if (!skip.has('content-scale')) {
  console.log('\n== Content at scale: generated snapshots, each built and served')
  // Three production builds, one of 5,000 posts: well beyond the other steps' 15 minutes.
  result.contentScale = runScript('bench-content-scale.mjs', ['--posts', values['scale-posts']], 'content-scale.json', OUT, 90 * 60 * 1000)
}
sandbox.remove()
app.remove()

result.machine.loadAverageAfter = os.loadavg().map((n) => Number(n.toFixed(2)))

// --- table ------------------------------------------------------------------------------------
const rows = []
const row = (measure, value, note = '') => rows.push([measure, value, note])
const L = result.lighthouse
if (L?.error) row('Lighthouse', L.error)
else if (L) {
  const bare = L.bare
  for (const [label, r] of Object.entries(L)) {
    const vs = label === 'bare' ? '' : `, LCP ${r.lcpMs - bare.lcpMs >= 0 ? '+' : ''}${r.lcpMs - bare.lcpMs} ms vs bare`
    row(`Lighthouse ${label} ${r.path} (median of ${LH_RUNS})`, `perf ${r.performance}, LCP ${r.lcpMs} ms`, `FCP ${r.fcpMs} ms, TBT ${r.tbtMs} ms, CLS ${r.cls}, a11y ${r.accessibility}, BP ${r.bestPractices}, SEO ${r.seo}${vs}`)
  }
}
const H = result.html
if (H?.error) row('HTML weight', H.error)
else if (H) {
  row('Guide HTML', `${H.guideBytes} B, ${H.guideGz} B gz`, `RSC payload ${H.rscPayloadBytes} B; HTML without it ${H.htmlWithoutPayloadGz} B gz`)
  row('Bare page HTML / guide visible text', `${H.bareGz} B gz / ${H.textGz} B gz`, `${H.bareBytes} B / ${H.textBytes} B`)
  row('Guide HTML gz / (text gz + bare gz)', `${H.ratio}`, `target <= 1.5, i.e. <= ${H.targetGz} B gz`)
}
const S = result.search
if (S?.error) row('Search', S.error)
else if (S?.rows) {
  for (const r of S.rows) row(`Search ${r.row}`, `p95 ${r.searchP95Ms} ms`, `p50 ${r.searchP50Ms} ms, index build ${r.buildMs} ms, ${r.indexHeapMb} MB, re-index after one publish ${r.publishReindexMs} ms`)
}
const T = result.throughput
if (T?.error) row('Cached guide throughput', T.error)
else if (T) {
  row(`nginx static, same gzipped bytes (gzip_static), median of ${ROUNDS}`, `${Math.round(T.static.requestsPerSecond)} req/s`, `p50 ${T.static.p50Ms} ms, p99 ${T.static.p99Ms} ms`)
  row(`nginx cache in front (deploy/nginx), median of ${ROUNDS}`, `${Math.round(T.cache.requestsPerSecond)} req/s`, `p50 ${T.cache.p50Ms} ms, p99 ${T.cache.p99Ms} ms, non-2xx ${T.cache.non2xx}`)
  row(`nginx cache (deploy/nginx) in front of a minimal origin, same bytes, median of ${ROUNDS}`, `${Math.round(T.plainCache.requestsPerSecond)} req/s`, `${T.ratioPlainCacheToStatic} of static (median of the rounds; per round ${T.rounds.map((r) => r.plainRatio).join(", ")}): the cache alone, without Next's chunked gzip and its ~15 response headers`)
  row('server.mjs alone', `${Math.round(T.next.requestsPerSecond)} req/s`, `p50 ${T.next.p50Ms} ms, p99 ${T.next.p99Ms} ms`)
  row('nginx cache / nginx static (median of the rounds)', `${T.ratioCacheToStatic}`, `target >= 0.8; per round ${T.rounds.map((r) => r.ratio).join(', ')}; next alone / static ${T.ratioNextToStatic}; ${T.gzBytes} B gz, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION} s, 1 wrk thread, 1 nginx worker`)
  row('Origin requests for the guide during the cache runs', `${T.originRequestsPerSecond}/s`, `${T.originRequestsDuringCacheRuns} in ${ROUNDS * DURATION} s (target about 1/s)`)
}
const P = result.publish
if (P) row('Publish to live through nginx (webhook sent -> fresh HTML)', P.missing ?? P.error ?? `p50 ${P.p50Ms} ms, p95 ${P.p95Ms} ms`, P.runs ? `${P.runs} publishes, max ${P.maxMs} ms (target p95 <= 2000 ms)` : '')
const I = result.insights
if (I?.error || I?.missing) row('Staff insights', I.error ?? I.missing)
else if (I?.rows) {
  for (const r of I.rows) row(`Staff insights ${r.row}, ${r.enquiries} enquiries`, r.error ?? `p95 ${r.pageWorkP95Ms} ms`, r.error ? '' : `sums p50 ${r.aggregatesP50Ms} ms, p95 ${r.aggregatesP95Ms} ms; charts p95 ${r.chartsP95Ms} ms (target p95 <= ${I.targetP95Ms} ms)`)
}
const C = result.contentScale
if (C?.error || C?.missing) row('Content at scale', C.error ?? C.missing)
else if (C?.rows) {
  for (const r of C.rows) {
    if (r.error) row(`Content at scale, ${r.posts} posts`, `error: ${r.error.split('\n')[0]}`)
    else row(`Content at scale, ${r.posts} posts`, `build ${Math.round(r.build.wallMs / 1000)} s, publish p95 ${r.publish.p95Ms ?? '-'} ms`, `${r.build.prerendered} pages built, peak ${r.build.peakRssMb} MB; never-built post cold p95 ${r.read.coldMs?.p95 ?? '-'} ms, warm p95 ${r.read.warmMs?.p95 ?? '-'} ms; server ${r.serverRssMb} MB (targets at 5,000: build <= 180 s, publish p95 <= 1000 ms, server <= 1024 MB)`)
  }
}
const E = result.enquiries
if (E) row('Enquiry submissions (SQLite)', E.missing ?? E.error ?? `${E.submissionsPerSecond}/s`, E.latencyMs ? `p50 ${E.latencyMs.p50} ms, p99 ${E.latencyMs.p99} ms, ${E.concurrency} concurrent, ${E.succeeded}/${E.submissions} ok` : '')

const widths = [0, 1, 2].map((i) => Math.max(...[['Measure', 'Value', 'Detail'], ...rows].map((r) => String(r[i]).length)))
const fmt = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`
console.log(`\n${fmt(['Measure', 'Value', 'Detail'])}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${rows.map(fmt).join('\n')}`)
console.log(`load average (1/5/15 min) before ${result.machine.loadAverageBefore.join(' ')}, after ${result.machine.loadAverageAfter.join(' ')} on ${result.machine.cpus} CPUs`)
fs.writeFileSync(path.join(OUT, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`)
console.log('\nwritten to bench-results/bench.json')

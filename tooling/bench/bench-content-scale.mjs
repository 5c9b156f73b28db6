#!/usr/bin/env node
// Content at scale (#29): the site built and served on generated snapshots of 9, 500 and 5,000 posts
// (tooling/bench/scale-snapshot.mjs), one after the other. A benchmark, not a test. For each size:
//   - `next build` (under the shared build lock, into its own NEXT_DIST_DIR): wall time, peak memory
//     of the whole process tree (sampled from /proc), pages prerendered (prerender-manifest.json);
//   - server.mjs on that build: a never-built post's first request (cold) and second (warm), p50/p95
//     over --samples posts, with the x-nextjs-cache header each answer carried; a built page (the
//     guide) already cached; its Open Graph card on demand;
//   - publish to live over --runs publishes of the guide (tooling/bench/bench-publish.mjs against this
//     server: the publish itself, no npm start-up);
//   - the server's resident memory after all that (the warm-up).
// Then the table of the issue with the targets beside it, and bench-results/content-scale.json.
//   node tooling/bench/bench-content-scale.mjs [--posts 9,500,5000] [--runs 20] [--samples 20]
//                                              [--prerender 20] [--keep-builds]
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {BUILD_LOCK, buildEnv, freePort, NEXT_BIN, ROOT, serverEnv, startServer} from '../../tests/e2e/lib/app-server.mjs'
import {percentile, saveResult, withMachine} from './snapshot-server.mjs'
import {writeScaledSnapshot} from './scale-snapshot.mjs'

const {values} = parseArgs({
  options: {
    posts: {type: 'string', default: '9,500,5000'},
    runs: {type: 'string', default: '20'},
    samples: {type: 'string', default: '20'},
    prerender: {type: 'string', default: '20'},
    'keep-builds': {type: 'boolean', default: false},
  },
})
const SIZES = values.posts.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0)
const RUNS = Math.max(1, Number(values.runs))
const SAMPLES = Math.max(1, Number(values.samples))
const GUIDE = 'can-you-close-pores-permanently'
const TARGETS = {buildMs: 180_000, publishP95Ms: 1000, serverRssMb: 1024}

const ms = (t0) => Math.round(performance.now() - t0)
const mb = (kb) => Math.round(kb / 1024)
const stats = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return {p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1), n: sorted.length}
}

// --- memory of a process tree, from /proc ---------------------------------------------------------
function processTable() {
  const table = []
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${name}/status`, 'utf8'))
      table.push({pid: Number(name), ppid: Number(fields[1]), pgid: Number(fields[2]), rssKb: rss ? Number(rss[1]) : 0})
    } catch {
      /* the process ended meanwhile */
    }
  }
  return table
}

/** Resident memory of a process and its descendants: all together, and the largest one. */
function treeRssKb(rootPid) {
  const table = processTable()
  const inTree = new Set([rootPid])
  for (let grew = true; grew; ) {
    grew = false
    for (const p of table) if (!inTree.has(p.pid) && inTree.has(p.ppid)) grew = inTree.add(p.pid)
  }
  const tree = table.filter((p) => inTree.has(p.pid))
  return {sum: tree.reduce((sum, p) => sum + p.rssKb, 0), largest: Math.max(0, ...tree.map((p) => p.rssKb))}
}

const groupRssKb = (pgid) => processTable().filter((p) => p.pgid === pgid).reduce((sum, p) => sum + p.rssKb, 0)

// --- build ------------------------------------------------------------------------------------------
/**
 * `next build` into distDir, under the build lock. A build with another NEXT_DIST_DIR rewrites
 * tsconfig.json's include list (STACK-NOTES), so tsconfig.json and next-env.d.ts are put back after.
 */
async function build({snapshotDir, distDir, log}) {
  const env = {...buildEnv(), CONTENT_SNAPSHOT_DIR: snapshotDir, NEXT_DIST_DIR: distDir, PRERENDER_RECENT_POSTS: values.prerender}
  const kept = ['tsconfig.json', 'next-env.d.ts'].map((f) => path.join(ROOT, f)).filter((f) => fs.existsSync(f)).map((f) => [f, fs.readFileSync(f), fs.statSync(f)])
  const script = `${JSON.stringify(process.execPath)} ${JSON.stringify(NEXT_BIN)} build > ${JSON.stringify(log)} 2>&1`
  if (spawnSync('flock', ['-n', BUILD_LOCK, 'true']).status !== 0) console.log(`  waiting for ${BUILD_LOCK} (another build is running)`)
  // The lock is taken first; the clock starts when the build itself does.
  const child = spawn('flock', [BUILD_LOCK, 'sh', '-c', `echo started > ${JSON.stringify(`${log}.started`)}; ${script}`], {cwd: ROOT, env, stdio: 'ignore'})
  let started
  let peakKb = 0
  let largestKb = 0
  const timer = setInterval(() => {
    if (!started && fs.existsSync(`${log}.started`)) started = performance.now()
    if (!started) return
    const rss = treeRssKb(child.pid)
    peakKb = Math.max(peakKb, rss.sum)
    largestKb = Math.max(largestKb, rss.largest)
  }, 250)
  const code = await new Promise((resolve) => child.on('close', resolve))
  clearInterval(timer)
  // With their old times too: the e2e harness rebuilds when a source file is newer than its build.
  for (const [file, content, stat] of kept) {
    if (!fs.readFileSync(file).equals(content)) fs.writeFileSync(file, content)
    fs.utimesSync(file, stat.atime, stat.mtime)
  }
  const wallMs = started ? ms(started) : NaN
  const output = fs.readFileSync(log, 'utf8')
  if (code !== 0) throw new Error(`next build failed (exit ${code}); the end of its output:\n${output.split('\n').slice(-40).join('\n')}`)
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, distDir, 'prerender-manifest.json'), 'utf8'))
  // English pages as their public address: the build names them under the [locale] segment (/en/...).
  const built = Object.keys(manifest.routes).map((route) => route.replace(/^\/en(?=\/|$)/, '') || '/')
  return {
    wallMs,
    // Every process of the build at once (next-build, its type check and workers), and the largest.
    peakRssMb: mb(peakKb),
    largestProcessRssMb: mb(largestKb),
    prerendered: built.length,
    prerenderedPosts: built.filter((r) => /^\/blog\/(?!page\/|category\/)[^/]+$/.test(r)).length,
    ogCardsBuilt: built.filter((r) => r.endsWith('/opengraph-image')).length,
    dynamicRoutes: Object.keys(manifest.dynamicRoutes ?? {}).length,
    built: new Set(built),
  }
}

// --- reading ----------------------------------------------------------------------------------------
async function timedGet(baseUrl, pathname) {
  const t0 = performance.now()
  const res = await fetch(new URL(pathname, baseUrl), {redirect: 'manual', signal: AbortSignal.timeout(60_000)})
  const body = Buffer.from(await res.arrayBuffer())
  return {ms: performance.now() - t0, status: res.status, cache: res.headers.get('x-nextjs-cache') ?? '-', type: res.headers.get('content-type') ?? '', bytes: body.length}
}

async function reading(baseUrl, {posts, built}) {
  // The oldest posts: never built, whatever PRERENDER_RECENT_POSTS is.
  const never = posts.filter((p) => !built.has(`/blog/${p.slug}`)).slice(-SAMPLES)
  const cached = []
  await timedGet(baseUrl, `/blog/${GUIDE}`)
  for (let i = 0; i < SAMPLES; i++) cached.push((await timedGet(baseUrl, `/blog/${GUIDE}`)).ms)
  const round = (s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 10) / 10 : v]))
  if (never.length === 0) return {cachedGuideMs: round(stats(cached)), neverBuilt: 0}
  const cold = []
  const warm = []
  const caches = {cold: {}, warm: {}}
  for (const post of never) {
    const first = await timedGet(baseUrl, `/blog/${post.slug}`)
    const second = await timedGet(baseUrl, `/blog/${post.slug}`)
    if (first.status !== 200 || second.status !== 200) throw new Error(`/blog/${post.slug} answered ${first.status} then ${second.status}`)
    cold.push(first.ms)
    warm.push(second.ms)
    caches.cold[first.cache] = (caches.cold[first.cache] ?? 0) + 1
    caches.warm[second.cache] = (caches.warm[second.cache] ?? 0) + 1
  }
  // The card's address as the page names it (Next adds a suffix to the route's name).
  const html = await (await fetch(new URL(`/blog/${never[0].slug}`, baseUrl))).text()
  const ogUrl = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]
  const ogPath = ogUrl ? `${new URL(ogUrl).pathname}${new URL(ogUrl).search}` : `/blog/${never[0].slug}/opengraph-image`
  const ogCold = await timedGet(baseUrl, ogPath)
  const ogWarm = await timedGet(baseUrl, ogPath)
  return {
    neverBuilt: never.length,
    coldMs: round(stats(cold)),
    warmMs: round(stats(warm)),
    cacheHeaders: caches,
    cachedGuideMs: round(stats(cached)),
    ogCard: {path: ogPath, cold: round(ogCold), warm: round(ogWarm)},
  }
}

// --- publish (bench-publish.mjs against this server) ---------------------------------------------
function publishToLive({baseUrl, snapshotDir, secret}) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'tooling/bench/bench-publish.mjs'), '--url', baseUrl, '--snapshot-dir', snapshotDir, '--secret', secret, '--runs', String(RUNS), '--slug', GUIDE], {cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 20 * 60_000})
  if (r.status !== 0) return {error: `bench-publish.mjs exited ${r.status ?? r.signal}: ${(r.stderr || r.stdout).trim().split('\n').slice(-5).join(' | ')}`}
  const result = JSON.parse(fs.readFileSync(path.join(ROOT, 'bench-results/publish.json'), 'utf8'))
  return {p50Ms: result.p50Ms, p95Ms: result.p95Ms, maxMs: result.maxMs, runs: result.runs, freshOnFirstRequest: result.freshOnFirstRequest}
}

// --- one size ---------------------------------------------------------------------------------------
async function measure(size) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `clinic-scale-${size}-`))
  const distDir = `.next-scale-${size}`
  const loadBefore = os.loadavg()
  try {
    const snapshot = writeScaledSnapshot({fromDir: path.join(ROOT, 'sanity/dataset'), toDir: path.join(dir, 'dataset'), posts: size})
    console.log(`\n== ${size} posts: ${snapshot.posts} published posts, ${snapshot.documents} documents in ${snapshot.dir}`)
    const posts = fs
      .readFileSync(path.join(snapshot.dir, 'data.ndjson'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .filter((d) => d._type === 'post' && !d._id.startsWith('drafts.') && (d.language ?? 'en') === 'en')
      .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
      .map((d) => ({slug: d.slug.current}))
    console.log(`  next build (${distDir}, PRERENDER_RECENT_POSTS=${values.prerender}) ...`)
    const built = await build({snapshotDir: snapshot.dir, distDir, log: path.join(dir, 'build.log')})
    console.log(`  built in ${(built.wallMs / 1000).toFixed(0)} s, peak ${built.peakRssMb} MB (largest process ${built.largestProcessRssMb} MB), ${built.prerendered} prerendered (${built.prerenderedPosts} posts, ${built.ogCardsBuilt} OG cards)`)

    const env = serverEnv({snapshotDir: snapshot.dir, sqlitePath: path.join(dir, 'enquiries.sqlite'), extra: {NEXT_DIST_DIR: distDir}})
    const server = await startServer({env, port: await freePort(), logFile: path.join(dir, 'server.log')})
    try {
      const read = await reading(server.baseUrl, {posts, built: built.built})
      console.log(`  never-built post: ${read.coldMs ? `cold p50 ${read.coldMs.p50} ms p95 ${read.coldMs.p95} ms, warm p50 ${read.warmMs.p50} ms p95 ${read.warmMs.p95} ms` : 'none (every post was built)'}; cached guide p50 ${read.cachedGuideMs.p50} ms`)
      const publish = publishToLive({baseUrl: server.baseUrl, snapshotDir: snapshot.dir, secret: env.SANITY_REVALIDATE_SECRET})
      console.log(`  publish to live: ${publish.error ?? `p50 ${publish.p50Ms} ms, p95 ${publish.p95Ms} ms over ${publish.runs}`}`)
      const serverRssMb = mb(groupRssKb(server.pid))
      console.log(`  server resident memory after the warm-up: ${serverRssMb} MB`)
      const {built: _set, ...buildFigures} = built
      return withMachine({posts: snapshot.posts, documents: snapshot.documents, build: buildFigures, read, publish, serverRssMb}, loadBefore)
    } finally {
      await server.stop()
    }
  } catch (error) {
    return withMachine({posts: size, error: error.message}, loadBefore)
  } finally {
    if (!values['keep-builds']) fs.rmSync(path.join(ROOT, distDir), {recursive: true, force: true})
    fs.rmSync(dir, {recursive: true, force: true})
  }
}

const rows = []
for (const size of SIZES) rows.push(await measure(size))

// --- the table of the issue, targets beside it ------------------------------------------------------
const cell = (v) => String(v ?? '-')
const header = ['posts', 'pages built', 'next build', 'peak memory (largest process)', 'publish to live p50/p95', 'never-built post cold p50/p95', 'warm p50/p95', 'cached page p50', 'server RSS', 'load (1 min)']
const lines = rows.map((r) =>
  r.error
    ? [r.posts, `error: ${r.error.split('\n')[0]}`, '', '', '', '', '', '', '', r.loadAverage.before[0]]
    : [
        r.posts,
        `${r.build.prerendered} (${r.build.prerenderedPosts} posts, ${r.build.ogCardsBuilt} OG)`,
        `${(r.build.wallMs / 1000).toFixed(0)} s`,
        `${(r.build.peakRssMb / 1024).toFixed(2)} GB (${(r.build.largestProcessRssMb / 1024).toFixed(2)})`,
        r.publish.error ? 'error' : `${r.publish.p50Ms} / ${r.publish.p95Ms} ms`,
        r.read.coldMs ? `${r.read.coldMs.p50} / ${r.read.coldMs.p95} ms` : 'all built',
        r.read.warmMs ? `${r.read.warmMs.p50} / ${r.read.warmMs.p95} ms` : '',
        `${r.read.cachedGuideMs.p50} ms`,
        `${r.serverRssMb} MB`,
        `${r.loadAverage.before[0]} -> ${r.loadAverage.after[0]}`,
      ],
)
const target = ['target at 5,000', '', `<= ${TARGETS.buildMs / 1000} s`, '', `p95 <= ${TARGETS.publishP95Ms} ms`, 'fast (p95)', '', 'as at 9 posts', `<= ${TARGETS.serverRssMb} MB`, '']
const table = [header, ...lines, target].map((r) => r.map(cell))
const widths = header.map((_, i) => Math.max(...table.map((r) => r[i].length)))
const fmt = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
console.log(`\n${fmt(table[0])}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${table.slice(1).map(fmt).join('\n')}`)
const biggest = rows.filter((r) => !r.error).at(-1)
if (biggest) {
  const met = {
    build: biggest.build.wallMs <= TARGETS.buildMs,
    publish: !biggest.publish.error && biggest.publish.p95Ms <= TARGETS.publishP95Ms,
    memory: biggest.serverRssMb <= TARGETS.serverRssMb,
  }
  console.log(`at ${biggest.posts} posts: build ${met.build ? 'meets' : 'misses'} its target, publish p95 ${met.publish ? 'meets' : 'misses'} it, server memory ${met.memory ? 'meets' : 'misses'} it`)
}
saveResult('content-scale.json', withMachine({what: 'content at scale (#29): build, reading, publish and memory per snapshot size', targets: TARGETS, prerenderRecentPosts: Number(values.prerender), rows}, rows[0]?.loadAverage ? rows[0].loadAverage.before : os.loadavg()))

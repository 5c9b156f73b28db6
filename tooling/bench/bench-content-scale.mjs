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
//   - the server's resident memory after all that (the warm-up);
//   - and through the local Content Lake (lake-scale.mjs): the lake serving a copy of the same
//     snapshot, the site built and served in Sanity mode against it, publish to live from the lake's
//     publish action (its commit, its webhook, the page's queries answered by it).
// Then the table of the issue with the targets beside it, and bench-results/content-scale.json.
//   node tooling/bench/bench-content-scale.mjs [--posts 9,500,5000] [--modes snapshot,lake] [--runs 20]
//                                              [--samples 20] [--prerender 20] [--keep-builds]
// LAKE_TRACE=1 in the environment keeps the lake's per-request trace in bench-results/lake-<posts>.log.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {freePort, ROOT, serverEnv, startServer} from '../../tests/e2e/lib/app-server.mjs'
import {measureLake} from './lake-scale.mjs'
import {build, groupRssKb, mb} from './scale-build.mjs'
import {percentile, saveResult, withMachine} from './snapshot-server.mjs'
import {writeScaledSnapshot} from './scale-snapshot.mjs'

const {values} = parseArgs({
  options: {
    posts: {type: 'string', default: '9,500,5000'},
    modes: {type: 'string', default: 'snapshot,lake'},
    runs: {type: 'string', default: '20'},
    samples: {type: 'string', default: '20'},
    prerender: {type: 'string', default: '20'},
    'keep-builds': {type: 'boolean', default: false},
  },
})
const SIZES = values.posts.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0)
const MODES = new Set(values.modes.split(',').map((m) => m.trim()))
for (const mode of MODES) if (mode !== 'snapshot' && mode !== 'lake') throw new Error(`--modes: unknown mode "${mode}" (snapshot, lake)`)
const RUNS = Math.max(1, Number(values.runs))
const SAMPLES = Math.max(1, Number(values.samples))
const GUIDE = 'can-you-close-pores-permanently'
const TARGETS = {buildMs: 180_000, publishP95Ms: 1000, serverRssMb: 1024}

const stats = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return {p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1), n: sorted.length}
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
async function measureSnapshot({size, snapshot, dir}) {
  const distDir = `.next-scale-${size}`
  try {
    const posts = fs
      .readFileSync(path.join(snapshot.dir, 'data.ndjson'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .filter((d) => d._type === 'post' && !d._id.startsWith('drafts.') && (d.language ?? 'en') === 'en')
      .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
      .map((d) => ({slug: d.slug.current}))
    console.log(`  next build (${distDir}, PRERENDER_RECENT_POSTS=${values.prerender}) ...`)
    const built = await build({snapshotDir: snapshot.dir, distDir, log: path.join(dir, 'build.log'), prerender: values.prerender})
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
      return {build: buildFigures, read, publish, serverRssMb}
    } finally {
      await server.stop()
    }
  } finally {
    if (!values['keep-builds']) fs.rmSync(path.join(ROOT, distDir), {recursive: true, force: true})
  }
}

async function measure(size) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `clinic-scale-${size}-`))
  const loadBefore = os.loadavg()
  const row = {posts: size}
  try {
    const from = path.join(ROOT, 'sanity/dataset')
    const snapshot = writeScaledSnapshot({fromDir: from, toDir: path.join(dir, 'dataset'), posts: size})
    Object.assign(row, {posts: snapshot.posts, documents: snapshot.documents})
    console.log(`\n== ${size} posts: ${snapshot.posts} published posts, ${snapshot.documents} documents in ${snapshot.dir}`)
    if (MODES.has('snapshot')) {
      row.snapshot = await measureSnapshot({size, snapshot, dir}).catch((error) => ({error: error.message}))
    }
    if (MODES.has('lake')) {
      // Its own copy: the lake rewrites the file it serves (in export order).
      const lakeDir = writeScaledSnapshot({fromDir: from, toDir: path.join(dir, 'lake-dataset'), posts: size}).dir
      const workDir = path.join(dir, 'lake')
      fs.mkdirSync(workDir)
      row.lake = await measureLake({size, snapshotDir: lakeDir, workDir, prerender: Number(values.prerender), runs: RUNS, slug: GUIDE, keepBuild: values['keep-builds']}).catch((error) => ({error: error.message}))
      console.log(`  through the lake: ${row.lake.error ?? `publish p50 ${row.lake.publish.p50Ms} ms, p95 ${row.lake.publish.p95Ms} ms; lake ${row.lake.lakeRssMb} MB, server ${row.lake.serverRssMb} MB`}`)
      if (process.env.LAKE_TRACE === '1' && fs.existsSync(path.join(workDir, 'lake.log'))) {
        fs.mkdirSync(path.join(ROOT, 'bench-results'), {recursive: true})
        fs.copyFileSync(path.join(workDir, 'lake.log'), path.join(ROOT, 'bench-results', `lake-${size}.log`))
      }
    }
    return withMachine(row, loadBefore)
  } catch (error) {
    return withMachine({...row, error: error.message}, loadBefore)
  } finally {
    fs.rmSync(dir, {recursive: true, force: true})
  }
}

const rows = []
for (const size of SIZES) rows.push(await measure(size))

// --- the table of the issue, targets beside it ------------------------------------------------------
const cell = (v) => String(v ?? '-')
const p5095 = (publish) => (!publish ? '-' : publish.error ? 'error' : `${publish.p50Ms} / ${publish.p95Ms} ms`)
const header = ['posts', 'pages built', 'next build', 'peak memory (largest process)', 'publish p50/p95: snapshot', 'lake', 'never-built post cold p50/p95', 'warm p50/p95', 'cached page p50', 'server RSS', 'load (1 min)']
const lines = rows.map((r) => {
  const s = r.snapshot && !r.snapshot.error ? r.snapshot : undefined
  const lake = r.lake && !r.lake.error ? r.lake : undefined
  if (r.error) return [r.posts, `error: ${r.error.split('\n')[0]}`, '', '', '', '', '', '', '', '', r.loadAverage.before[0]]
  return [
    r.posts,
    s ? `${s.build.prerendered} (${s.build.prerenderedPosts} posts, ${s.build.ogCardsBuilt} OG)` : r.snapshot?.error ? `error: ${r.snapshot.error.split('\n')[0]}` : '-',
    s ? `${(s.build.wallMs / 1000).toFixed(0)} s` : '-',
    s ? `${(s.build.peakRssMb / 1024).toFixed(2)} GB (${(s.build.largestProcessRssMb / 1024).toFixed(2)})` : '-',
    s ? p5095(s.publish) : '-',
    lake ? p5095(lake.publish) : r.lake?.error ? `error: ${r.lake.error.split('\n')[0].slice(0, 60)}` : '-',
    s?.read.coldMs ? `${s.read.coldMs.p50} / ${s.read.coldMs.p95} ms` : s ? 'all built' : '-',
    s?.read.warmMs ? `${s.read.warmMs.p50} / ${s.read.warmMs.p95} ms` : '',
    s ? `${s.read.cachedGuideMs.p50} ms` : '-',
    s ? `${s.serverRssMb} MB` : '-',
    `${r.loadAverage.before[0]} -> ${r.loadAverage.after[0]}`,
  ]
})
const target = ['target at 5,000', '', `<= ${TARGETS.buildMs / 1000} s`, '', `p95 <= ${TARGETS.publishP95Ms} ms`, `p95 <= ${TARGETS.publishP95Ms} ms`, 'fast (p95)', '', 'as at 9 posts', `<= ${TARGETS.serverRssMb} MB`, '']
const table = [header, ...lines, target].map((r) => r.map(cell))
const widths = header.map((_, i) => Math.max(...table.map((r) => r[i].length)))
const fmt = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
console.log(`\n${fmt(table[0])}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${table.slice(1).map(fmt).join('\n')}`)
const biggest = rows.filter((r) => !r.error).at(-1)
if (biggest) {
  const verdict = (ok) => (ok === undefined ? 'was not measured' : ok ? 'meets its target' : 'misses its target')
  const s = biggest.snapshot && !biggest.snapshot.error ? biggest.snapshot : undefined
  const lake = biggest.lake && !biggest.lake.error ? biggest.lake : undefined
  console.log(
    [
      `at ${biggest.posts} posts: build ${verdict(s && s.build.wallMs <= TARGETS.buildMs)}`,
      `snapshot publish p95 ${verdict(s && !s.publish.error && s.publish.p95Ms <= TARGETS.publishP95Ms)}`,
      `lake publish p95 ${verdict(lake && lake.publish.p95Ms <= TARGETS.publishP95Ms)}`,
      `server memory ${verdict(s && s.serverRssMb <= TARGETS.serverRssMb)}`,
    ].join(', '),
  )
}
saveResult('content-scale.json', withMachine({what: 'content at scale (#29): build, reading, publish (snapshot and local Content Lake) and memory per snapshot size', modes: [...MODES], targets: TARGETS, prerenderRecentPosts: Number(values.prerender), rows}, rows[0]?.loadAverage ? rows[0].loadAverage.before : os.loadavg()))

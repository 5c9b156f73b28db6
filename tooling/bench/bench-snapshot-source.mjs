#!/usr/bin/env node
// npm run bench:snapshot-source: what the embedded content source costs at 9, 500 and 5,000 posts,
// not a test. Snapshots are generated from the starter posts (copied under new ids, slugs and
// dates, with drafts, scheduled and taken-down copies: tests/unit/content/snapshot/generated-snapshot.ts).
// Per size, in a fresh process each (reload figures are the median of 5 publishes) (so the resident memory is the source's own):
//   before: the source as it was (read and parse the whole file on every change, every query a
//           full scan with groq-js), after: lib/content/snapshot-source.ts as the site runs it;
//   cold load, reload after one changed post (a content:publish rewrite), the first query after
//   the reload, p50/p95 per query family, and the resident memory (after a GC) once loaded and queried.
// Options: --sizes 9,500,5000  --runs 20 (queries per family; "before" stops a family after --budget-ms)
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {createHash} from 'node:crypto'
import {spawnSync} from 'node:child_process'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'

const FLAGS = ['--expose-gc', '--conditions=react-server']
if (typeof global.gc !== 'function' || !process.execArgv.includes('--conditions=react-server')) {
  const r = spawnSync(process.execPath, [...FLAGS, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {stdio: 'inherit'})
  process.exit(r.status ?? 1)
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const {values} = parseArgs({
  options: {
    sizes: {type: 'string', default: '9,500,5000'},
    runs: {type: 'string', default: '20'},
    'budget-ms': {type: 'string', default: '20000'},
    child: {type: 'string'},
    dir: {type: 'string'},
  },
})
const RUNS = Math.max(3, Number(values.runs))
const BUDGET_MS = Number(values['budget-ms'])

const {tsImport} = await import('tsx/esm/api')
const load = (file) => tsImport(path.join(ROOT, file), import.meta.url)

const now = () => Number(process.hrtime.bigint()) / 1e6
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
const rssMb = () => {
  global.gc()
  return Math.round(process.memoryUsage().rss / 1024 / 1024)
}
const round = (ms) => (ms >= 100 ? Math.round(ms) : Math.round(ms * 10) / 10)

/** The query families a page asks for, each with the parameters of its n-th request. */
function families(queries, documents) {
  const posts = documents.filter((d) => d._type === 'post' && !d._id.startsWith('drafts.') && d.slug?.current)
  const category = documents.find((d) => d._type === 'category')?.slug?.current
  const at = (i) => posts[(i * 7919) % posts.length]
  return {
    'post by slug': [queries.postBySlugQuery, (i) => ({slug: at(i).slug.current})],
    'listing page': [queries.postsPageQuery, (i) => ({category: i % 2 ? category : null, start: (i % 3) * 12, end: (i % 3) * 12 + 12})],
    sitemap: [queries.sitemapQuery, () => ({})],
    feed: [queries.feedQuery, () => ({})],
    'related posts': [queries.postsInCategoriesQuery, (i) => ({excludeId: at(i)._id, categoryIds: (at(i).categories ?? []).map((c) => c._ref), limit: 3})],
  }
}

async function timeFamilies(run, queries, documents) {
  const result = {}
  for (const [name, [query, paramsOf]] of Object.entries(families(queries, documents))) {
    const times = []
    const started = now()
    for (let i = 0; i < RUNS && (times.length < 3 || now() - started < BUDGET_MS); i++) {
      const t = now()
      await run(query, {language: 'en', ...paramsOf(i)})
      times.push(now() - t)
    }
    times.sort((a, b) => a - b)
    result[name] = {p50: round(pct(times, 50)), p95: round(pct(times, 95)), n: times.length}
  }
  return result
}

/** One post's title changed the way `npm run content:publish` changes it. */
async function changeOnePost(dir, i) {
  const {applyChange} = await import(path.join(ROOT, 'scripts/lib/snapshot-publish.mjs'))
  return applyChange({dir, id: 'post.can-you-close-pores-permanently', set: {title: `Can you close pores permanently? (${i})`}})
}

async function childBefore(dir) {
  // The source as it was before lib/content/snapshot/: whole file read, split, parsed and hashed
  // on every change; every query parsed and evaluated over every document.
  const {evaluate, parse} = await import('groq-js')
  const queries = await load('lib/content/queries.ts')
  const {withScheduleRule} = await load('lib/content/live-filter.ts')
  const file = path.join(dir, 'data.ndjson')
  const loadAll = () => {
    const text = fs.readFileSync(file, 'utf8')
    const documents = text.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => JSON.parse(l))
    createHash('sha256').update(text).digest('base64url')
    return documents.filter((d) => !d._id.startsWith('drafts.'))
  }
  let t = now()
  let dataset = loadAll()
  const cold = now() - t
  const run = async (query, queryParams) => {
    const params = withScheduleRule(queryParams, 'published')
    return (await evaluate(parse(query, {params}), {dataset, params})).get()
  }
  await changeOnePost(dir, 1)
  t = now()
  dataset = loadAll()
  const reload = now() - t
  t = now()
  await run(queries.postBySlugQuery, {slug: 'can-you-close-pores-permanently', language: 'en'})
  const firstQuery = now() - t
  const timings = await timeFamilies(run, queries, dataset)
  return {cold: round(cold), reload: round(reload), firstQuery: round(firstQuery), parsedOnReload: dataset.length, families: timings, rssMb: rssMb()}
}

async function childAfter(dir) {
  process.env.CONTENT_SNAPSHOT_DIR = dir
  const source = await load('lib/content/snapshot-source.ts')
  const queries = await load('lib/content/queries.ts')
  const run = (query, params) => source.querySnapshot(query, params, 'published')
  let t = now()
  await source.snapshotVersion()
  const cold = now() - t
  // What the query families need to pick their parameters, through the source itself (a second
  // parse of the whole file here would double the resident memory measured below).
  const documents = await run(`*[_type in ["post", "category"]]{_id, _type, slug, categories}`, {})
  // Reloads after a publish: the file re-read and compared, only the changed line parsed; then the
  // first query, which rebuilds the indexes it needs.
  const reloads = []
  const firsts = []
  const reads = []
  const parses = []
  let stats
  for (let i = 0; i < 5; i++) {
    await run(queries.postBySlugQuery, {slug: 'salicylic-acid-vs-glycolic-acid', language: 'en'})
    await changeOnePost(dir, i)
    t = now()
    await source.snapshotVersion()
    reloads.push(now() - t)
    stats = await source.snapshotLoadStats()
    reads.push(stats.readMs)
    parses.push(stats.parseMs)
    t = now()
    await run(queries.postBySlugQuery, {slug: 'can-you-close-pores-permanently', language: 'en'})
    firsts.push(now() - t)
  }
  for (const list of [reloads, firsts, reads, parses]) list.sort((a, b) => a - b)
  const timings = await timeFamilies(run, queries, documents)
  return {
    cold: round(cold),
    reload: round(pct(reloads, 50)),
    reloadSplit: {readMs: round(pct(reads, 50)), compareAndParseMs: round(pct(parses, 50))},
    firstQuery: round(pct(firsts, 50)),
    parsedOnReload: stats.parsed,
    reusedOnReload: stats.reused,
    families: timings,
    rssMb: rssMb(),
  }
}

if (values.child) {
  const result = values.child === 'before' ? await childBefore(values.dir) : await childAfter(values.dir)
  process.stdout.write(`${JSON.stringify(result)}\n`)
  process.exit(0)
}

const {parseNdjson} = await load('lib/content/snapshot-source.ts')
const {generatedSnapshot, toNdjson} = await load('tests/unit/content/snapshot/generated-snapshot.ts')
const bundled = parseNdjson(fs.readFileSync(path.join(ROOT, 'sanity/dataset/data.ndjson'), 'utf8'), 'bundled')

function child(mode, dir) {
  const r = spawnSync(process.execPath, [...FLAGS, fileURLToPath(import.meta.url), '--child', mode, '--dir', dir, '--runs', String(RUNS), '--budget-ms', String(BUDGET_MS)], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  if (r.status !== 0) throw new Error(`${mode} run failed (${r.status})`)
  return JSON.parse(r.stdout.trim().split('\n').pop())
}

const rows = []
for (const size of values.sizes.split(',').map(Number)) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-snapshot-${size}-`))
  try {
    const text = toNdjson(generatedSnapshot(bundled, size))
    fs.writeFileSync(path.join(dir, 'data.ndjson'), text)
    const mb = Math.round((text.length / 1024 / 1024) * 10) / 10
    console.error(`${size} posts (${mb} MB): before...`)
    const before = child('before', dir)
    console.error(`${size} posts: after...`)
    const after = child('after', dir)
    rows.push({size, mb, before, after})
  } finally {
    fs.rmSync(dir, {recursive: true, force: true})
  }
}

const load1 = os.loadavg().map((n) => n.toFixed(2)).join(', ')
console.log(`\nSnapshot source, before (full re-read, full-scan groq-js) -> after (lib/content/snapshot/). ms unless said; load average ${load1}; ${os.cpus().length} cores.\n`)
console.log('| posts | file | cold load | reload after 1 changed post | first query after reload | lines parsed on reload | RSS after load+queries |')
console.log('|---|---|---|---|---|---|---|')
for (const {size, mb, before, after} of rows) {
  console.log(
    `| ${size} | ${mb} MB | ${before.cold} -> ${after.cold} | ${before.reload} -> ${after.reload} (read ${after.reloadSplit.readMs}, compare+parse ${after.reloadSplit.compareAndParseMs}) | ${before.firstQuery} -> ${after.firstQuery} | ${before.parsedOnReload} -> ${after.parsedOnReload} | ${before.rssMb} -> ${after.rssMb} MB |`,
  )
}
console.log('\n| posts | query family | before p50 / p95 (n) | after p50 / p95 (n) |')
console.log('|---|---|---|---|')
for (const {size, before, after} of rows) {
  for (const name of Object.keys(after.families)) {
    const b = before.families[name]
    const a = after.families[name]
    console.log(`| ${size} | ${name} | ${b.p50} / ${b.p95} (${b.n}) | ${a.p50} / ${a.p95} (${a.n}) |`)
  }
}

#!/usr/bin/env node
// npm run bench:search: site search figures, not a test. Two rows: the bundled snapshot (today's
// site) and a generated site of --posts posts (default 5,000) whose text is sampled from the
// snapshot's own sentences plus made-up words, so the vocabulary grows with the site as it would.
// Per row: index build time and heap, the same build in turns as the server does it (total, and
// the longest the event loop was held), p50/p95/max of the search work one /search request does
// (synonym expansion, ranking, snippets of the 20 shown, near matches when nothing is found), and
// the cost of keeping the index fresh after one publish (read the changed content, find the one
// changed document, re-index it) beside a full rebuild.
// When the snapshot holds Chinese documents, two more rows do the same for the Chinese edition
// (its own index, Chinese queries; the generated Chinese site is sampled from the Chinese pages).
// With --url=http://host:port it also times GET /search against that running server (the row
// then includes rendering and HTTP; the server holds whatever content it was started with).
// Options: --posts 5000, --searches 400, --url
import fs from 'node:fs'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'
import {monitorEventLoopDelay} from 'node:perf_hooks'

// Heap figures need a collection before each reading; the content modules are server-only.
if (typeof global.gc !== 'function' || !process.execArgv.includes('--conditions=react-server')) {
  const flags = ['--expose-gc', '--conditions=react-server']
  const r = spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {stdio: 'inherit'})
  process.exit(r.status ?? 1)
}

const {tsImport} = await import('tsx/esm/api')
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const load = (file) => tsImport(path.join(ROOT, file), import.meta.url)
const [{searchDocumentsFrom}, {createSearchIndex, updateSearchIndex, buildSearchIndex}, {runSearch, nearMisses}, {synonymGroupsFrom}, {querySnapshot}, {searchDocumentsQuery}] =
  await Promise.all([
    load('lib/search/documents.ts'),
    load('lib/search/search-index.ts'),
    load('lib/search/run-search.ts'),
    load('lib/search/synonyms.ts'),
    load('lib/content/snapshot-source.ts'),
    load('lib/content/search-documents.ts'),
  ])

const {values} = parseArgs({options: {posts: {type: 'string', default: '5000'}, searches: {type: 'string', default: '400'}, url: {type: 'string'}}})
const POSTS = Math.max(1, Number(values.posts))
const SEARCHES = Math.max(20, Number(values.searches))

const QUERIES = [
  'salicilic',
  'cleanse',
  'sunblock',
  'comedones',
  'acne scars',
  'how long is the downtime after laser',
  'opening hours',
  'does a chemical peel hurt',
  'pealing',
  'zzqxv nothing',
  'pores',
  'what is the best way to treat blackheads on my nose',
]

// Chinese questions patients type: single terms, compounds the segmenter splits (黑头, 水杨酸),
// a whole question, and one nothing matches.
const CHINESE_QUERIES = ['毛孔', '黑头', '果酸', '水杨酸', '微针', '激光', '防晒', '毛孔粗大怎么办', '激光治疗后恢复期多长', '纹身贴纸']

const now = () => Number(process.hrtime.bigint()) / 1e6
const heapMb = () => {
  global.gc()
  return process.memoryUsage().heapUsed / 1024 / 1024
}
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

// A deterministic generator, so two runs index the same site.
function random(seed) {
  let s = seed >>> 0
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32)
}

function generatedSite(base, count) {
  const rnd = random(42)
  const pick = (list) => list[Math.floor(rnd() * list.length)]
  const sentences = [...base.posts, ...base.treatments]
    .flatMap((d) => `${d.body ?? ''} ${d.summary ?? d.excerpt ?? ''}`.split(/(?<=[.!?])\s+|(?<=[。！？])/))
    .filter((s) => s.length > 20 || (/\p{Script=Han}/u.test(s) && s.length > 8))
  const headings = base.posts.flatMap((p) => (p.headings ?? '').split('\n')).filter(Boolean)
  const madeUp = () => Array.from({length: 5 + Math.floor(rnd() * 5)}, () => String.fromCharCode(97 + Math.floor(rnd() * 26))).join('')
  const categories = base.categories.map((c) => c.title)
  const posts = Array.from({length: count}, (_, i) => {
    const body = Array.from({length: 45}, () => (rnd() < 0.15 ? `${pick(sentences)} ${madeUp()} ${madeUp()}.` : pick(sentences))).join(' ')
    return {
      _id: `post.generated-${i}`,
      title: `${pick(headings)} ${madeUp()} (${i})`,
      slug: `generated-${i}`,
      excerpt: pick(sentences),
      headings: Array.from({length: 5}, () => pick(headings)).join('\n'),
      body,
      categories: [pick(categories)],
    }
  })
  return {...base, posts}
}

async function measureRow(label, content, {locale = 'en', queries = QUERIES} = {}) {
  const docs = searchDocumentsFrom(content, locale)
  const words = docs.reduce((n, d) => n + `${d.title} ${d.headings} ${d.summary} ${d.body}`.split(/\s+/).length, 0)
  const heapBefore = heapMb()
  const t0 = now()
  const index = createSearchIndex(locale)
  updateSearchIndex(index, docs)
  const buildMs = now() - t0
  const heapIndex = heapMb() - heapBefore
  const synonyms = synonymGroupsFrom(content.clinic?.searchSynonyms, index.analyzer)

  for (const q of queries) runSearch(index, q, synonyms) // warm-up
  const times = []
  for (let i = 0; i < SEARCHES; i++) {
    const q = queries[i % queries.length]
    const s = now()
    const outcome = runSearch(index, q, synonyms)
    if (outcome.total === 0) nearMisses(index, q)
    times.push(now() - s)
  }
  times.sort((a, b) => a - b)

  // One publish: the first post's title changes. The server re-reads the getter's answer (a JSON
  // string from the data cache), maps it, and re-indexes what changed.
  const json = JSON.stringify(content)
  const f0 = now()
  const changed = JSON.parse(json)
  changed.posts[0].title = `${changed.posts[0].title} updated`
  const parseMs = now() - f0
  const u0 = now()
  const update = updateSearchIndex(index, searchDocumentsFrom(changed, locale))
  const updateMs = now() - u0
  const r0 = now()
  updateSearchIndex(createSearchIndex(locale), searchDocumentsFrom(changed, locale))
  const rebuildMs = now() - r0

  // Last, so the searches above ran with one index in the heap. The server builds its first index
  // in turns; the longest turn is how long other requests wait meanwhile.
  heapMb()
  const loop = monitorEventLoopDelay({resolution: 1})
  loop.enable()
  const b0 = now()
  await buildSearchIndex(docs, undefined, locale)
  const buildInTurnsMs = now() - b0
  loop.disable()

  return {
    row: label,
    documents: docs.length,
    words,
    contentMb: +(Buffer.byteLength(json) / 1024 / 1024).toFixed(1),
    buildMs: Math.round(buildMs),
    indexHeapMb: +heapIndex.toFixed(1),
    buildInTurnsMs: Math.round(buildInTurnsMs),
    longestTurnMs: Math.round(loop.max / 1e6),
    searchP50Ms: +pct(times, 50).toFixed(2),
    searchP95Ms: +pct(times, 95).toFixed(2),
    searchMaxMs: +times[times.length - 1].toFixed(2),
    publishReadMs: Math.round(parseMs),
    publishReindexMs: Math.round(updateMs),
    publishChanged: update.changed,
    fullRebuildMs: Math.round(rebuildMs),
  }
}

async function measureHttp(baseUrl) {
  const times = []
  for (let i = 0; i < Math.min(SEARCHES, 200); i++) {
    const q = QUERIES[i % QUERIES.length]
    const s = now()
    const res = await fetch(new URL(`/search?${new URLSearchParams({q})}`, baseUrl))
    await res.text()
    if (res.status !== 200) throw new Error(`GET /search?q=${q} answered ${res.status}`)
    times.push(now() - s)
  }
  times.sort((a, b) => a - b)
  return {row: `HTTP GET /search (${baseUrl})`, requests: times.length, p50Ms: +pct(times, 50).toFixed(1), p95Ms: +pct(times, 95).toFixed(1), maxMs: +times.at(-1).toFixed(1)}
}

const base = await querySnapshot(searchDocumentsQuery, {language: 'en'}, 'published')
const rows = [await measureRow('snapshot (today)', base), await measureRow(`generated ${POSTS.toLocaleString('en')} posts`, generatedSite(base, POSTS))]
const chinese = await querySnapshot(searchDocumentsQuery, {language: 'zh-Hans'}, 'published')
if (chinese.posts.length > 0) {
  const options = {locale: 'zh-Hans', queries: CHINESE_QUERIES}
  rows.push(await measureRow('snapshot zh-Hans', chinese, options))
  rows.push(await measureRow(`generated ${POSTS.toLocaleString('en')} zh-Hans posts`, generatedSite(chinese, POSTS), options))
}
console.table(rows)
const http = values.url ? await measureHttp(values.url) : null
if (http) console.table([http])
const out = path.join(ROOT, 'bench-results')
fs.mkdirSync(out, {recursive: true})
fs.writeFileSync(path.join(out, 'search.json'), `${JSON.stringify({at: new Date().toISOString(), rows, http}, null, 2)}\n`)
console.log(`Node ${process.version}; written to bench-results/search.json`)

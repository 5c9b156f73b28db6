#!/usr/bin/env node
// npm run bench:insights: the staff insights page's sums over a large enquiry table, not a test.
// Fills --enquiries enquiries (default 100,000) with their times to a first status change and a year of
// contact-link tap counts into a fresh SQLite file and into Postgres (its own schema, dropped
// afterwards, so the tests' tables are never touched), then times what /staff/insights computes
// per request: readEnquiryInsights (five queries) plus drawing the four SVG charts and tables to
// HTML. p50/p95/max of --runs runs after a warm-up. Target: p95 <= 500 ms on both.
// --weeks spreads the enquiries over that many weeks back from now; the default 12 puts all of them
// inside the page's window, the hardest case. Postgres: BENCH_DATABASE_URL, else TEST_DATABASE_URL,
// else postgres://postgres@127.0.0.1:5432/test; --no-postgres skips it.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {randomBytes, randomUUID} from 'node:crypto'
import {spawnSync} from 'node:child_process'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'

// The database module is server-only, so the queries run in a child under the react-server
// condition, as in the server; react-dom/server refuses that condition, so this process draws the
// charts from the figures the child hands back and adds the time to each row.
const IN_CHILD = process.execArgv.includes('--conditions=react-server')
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const OUT = path.join(ROOT, 'bench-results')

const {values} = parseArgs({
  options: {
    enquiries: {type: 'string', default: '100000'},
    weeks: {type: 'string', default: '12'},
    runs: {type: 'string', default: '40'},
    pages: {type: 'string', default: '120'},
    'no-postgres': {type: 'boolean', default: false},
  },
})
const ENQUIRIES = Number(values.enquiries)
const WEEKS = Number(values.weeks)
const RUNS = Number(values.runs)
const PAGES = Number(values.pages)
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
const ms = (n) => Number(n.toFixed(1))

if (!IN_CHILD) {
  // React's production build, as the server renders with.
  process.env.NODE_ENV = 'production'
  const r = spawnSync(process.execPath, ['--conditions=react-server', fileURLToPath(import.meta.url), ...process.argv.slice(2)], {stdio: 'inherit'})
  if (r.status !== 0) process.exit(r.status ?? 1)
  await drawCharts()
  process.exit(0)
}

process.env.SESSION_SECRET ??= 'bench-insights-secret-0123456789abcdef0123'
const {tsImport} = await import('tsx/esm/api')
const load = (file) => tsImport(path.join(ROOT, file), import.meta.url)
const [{openMigratedDb}, {readEnquiryInsights}] = await Promise.all([
  load('lib/platform/database/db.ts'),
  load('lib/insights/aggregates.ts'),
])

const TREATMENTS = [
  ['chemical-peel', 'Chemical peel'],
  ['microneedling', 'Microneedling'],
  ['fractional-laser-resurfacing', 'Fractional laser resurfacing'],
  ['medical-extraction-facial', 'Medical extraction facial'],
  [null, null],
]
const pagePath = (i) => (i % 5 === 0 ? `/treatments/treatment-${i}` : `/blog/generated-article-number-${i}`)
// Few pages bring most enquiries, as on a real site.
const pick = (n) => Math.floor(n * Math.random() ** 2)

async function fill(db) {
  const now = Date.now()
  const span = WEEKS * 7 * 24 * 3600 * 1000
  const BATCH = 1000
  for (let done = 0; done < ENQUIRIES; done += BATCH) {
    const rows = []
    for (let i = done; i < Math.min(ENQUIRIES, done + BATCH); i += 1) {
      const id = randomUUID()
      const created = new Date(now - Math.random() * span)
      const [slug, name] = TREATMENTS[i % TREATMENTS.length]
      const at = created.toISOString()
      // Seven in ten answered, within half an hour to two days.
      const answered = i % 10 < 7
      rows.push({
        id, public_ref: randomBytes(6).toString('hex'), idempotency_key: id, created_at: at, updated_at: at,
        status: answered ? 'contacted' : 'new', treatment_slug: slug, treatment_name: name,
        full_name: 'Bench Patient', phone: '+6591234567', email: 'bench@example.com', patient_type: 'new',
        preferred_days: '[]', time_of_day: 'any', message: '', consent_at: at, marketing_opt_in: 0,
        marketing_opt_in_at: null, body_hash: null, supersedes_id: null,
        source_path: i % 4 === 0 ? null : pagePath(pick(PAGES)),
        first_response_seconds: answered ? Math.round(1800 + Math.random() * 47 * 3600) : null,
      })
    }
    await db.insertInto('enquiries').values(rows).execute()
  }
  // A year of tap counts: every page, both channels, most days.
  const taps = []
  for (let d = 0; d < 365; d += 1) {
    const day = new Date(now - d * 86_400_000 + 8 * 3600 * 1000).toISOString().slice(0, 10)
    for (let p = 0; p < PAGES; p += 1) {
      for (const channel of ['whatsapp', 'phone']) if (Math.random() < 0.6) taps.push({day, page: pagePath(p), channel, taps: 1 + pick(20)})
    }
  }
  for (let j = 0; j < taps.length; j += 1000) await db.insertInto('contact_tap_counts').values(taps.slice(j, j + 1000)).execute()
  return {taps: taps.length}
}


/** In the parent: the four charts and tables of each row's figures, drawn RUNS times. */
async function drawCharts() {
  const file = path.join(OUT, 'insights.json')
  const result = JSON.parse(fs.readFileSync(file, 'utf8'))
  const {tsImport} = await import('tsx/esm/api')
  const React = await import('react')
  const {renderToStaticMarkup} = await import('react-dom/server')
  const {BarChart} = await tsImport(path.join(ROOT, 'components/insights/BarChart.tsx'), import.meta.url)
  const {insightsCharts} = await tsImport(path.join(ROOT, 'components/insights/insights-charts.ts'), import.meta.url)
  const render = (insights) => {
    const charts = insightsCharts(insights, (p) => p ?? 'Not known')
    return renderToStaticMarkup(React.createElement(React.Fragment, null, ...charts.map((c) => React.createElement(BarChart, {key: c.id, ...c}))))
  }
  console.log('\n| Database | enquiries (in window) | aggregates p50 / p95 | charts to HTML p95 | aggregates + charts p95 | target |')
  for (const row of result.rows) {
    if (row.error) {
      console.log(`| ${row.row} | ${row.error} | | | | |`)
      continue
    }
    for (let i = 0; i < 3; i += 1) render(row.insights)
    const times = []
    for (let i = 0; i < RUNS; i += 1) {
      const a = performance.now()
      row.htmlBytes = render(row.insights).length
      times.push(performance.now() - a)
    }
    times.sort((x, y) => x - y)
    row.chartsP95Ms = ms(percentile(times, 95))
    row.pageWorkP95Ms = ms(row.aggregatesP95Ms + row.chartsP95Ms)
    delete row.insights
    console.log(`| ${row.row} | ${row.enquiries} (${row.inWindow}) | ${row.aggregatesP50Ms} / ${row.aggregatesP95Ms} ms | ${row.chartsP95Ms} ms (${row.htmlBytes} B) | ${row.pageWorkP95Ms} ms | p95 <= ${result.targetP95Ms} ms |`)
  }
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)
  console.log('written to bench-results/insights.json')
}

async function measure(label, handle, analyze) {
  console.log(`\n== ${label}: filling ${ENQUIRIES.toLocaleString('en')} enquiries over ${WEEKS} weeks`)
  const t0 = performance.now()
  const {taps} = await fill(handle.db)
  await analyze()
  const fillMs = performance.now() - t0
  console.log(`filled in ${(fillMs / 1000).toFixed(1)} s (${taps.toLocaleString('en')} tap-count rows)`)
  for (let i = 0; i < 3; i += 1) await readEnquiryInsights(handle.db)
  const queries = []
  let last
  for (let i = 0; i < RUNS; i += 1) {
    const a = performance.now()
    last = await readEnquiryInsights(handle.db)
    queries.push(performance.now() - a)
  }
  queries.sort((x, y) => x - y)
  const row = {
    row: label,
    enquiries: ENQUIRIES,
    inWindow: last.total,
    tapRows: taps,
    runs: RUNS,
    aggregatesP50Ms: ms(percentile(queries, 50)),
    aggregatesP95Ms: ms(percentile(queries, 95)),
    aggregatesMaxMs: ms(queries.at(-1)),
    fillSeconds: Number((fillMs / 1000).toFixed(1)),
    insights: last,
  }
  console.log(`aggregates p50 ${row.aggregatesP50Ms} ms, p95 ${row.aggregatesP95Ms} ms, max ${row.aggregatesMaxMs} ms (${row.inWindow.toLocaleString('en')} enquiries in the window, median first response ${(last.medianFirstResponseMs / 3.6e6).toFixed(1)} h)`)
  return row
}

const result = {at: new Date().toISOString(), loadAverageBefore: os.loadavg().map((n) => Number(n.toFixed(2))), targetP95Ms: 500, rows: []}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-insights-'))
try {
  const handle = await openMigratedDb({sqlitePath: path.join(dir, 'enquiries.sqlite')})
  try {
    const {sql} = await import('kysely')
    result.rows.push(await measure('SQLite', handle, () => sql`analyze`.execute(handle.db)))
  } finally {
    await handle.close()
  }
} finally {
  fs.rmSync(dir, {recursive: true, force: true})
}

if (!values['no-postgres']) {
  const url = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test'
  const {default: pg} = await import('pg')
  const schema = `bench_insights_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({connectionString: url})
  let reachable = true
  await admin.connect().catch((e) => {
    reachable = false
    result.rows.push({row: 'Postgres', error: `cannot connect to ${url}: ${e.message}`})
  })
  if (reachable) {
    await admin.query(`create schema ${schema}`)
    try {
      const handle = await openMigratedDb({databaseUrl: url, sqlitePath: '', pgSchema: schema})
      try {
        const {sql} = await import('kysely')
        // As autovacuum would after a bulk load: fresh statistics and a visibility map for index-only scans.
        result.rows.push(await measure('Postgres', handle, () => sql`vacuum analyze`.execute(handle.db)))
      } finally {
        await handle.close()
      }
    } finally {
      await admin.query(`drop schema if exists ${schema} cascade`)
      await admin.end()
    }
  }
}

result.loadAverageAfter = os.loadavg().map((n) => Number(n.toFixed(2)))
fs.mkdirSync(OUT, {recursive: true})
fs.writeFileSync(path.join(OUT, 'insights.json'), `${JSON.stringify(result, null, 2)}\n`)

// Load and fault benchmark for the booking form, against the production build (`npm run build`).
//
//   node tooling/bench/bench-enquiries.mjs                      # SQLite, 50 concurrent, 3000 submissions
//   node tooling/bench/bench-enquiries.mjs --db postgres        # Postgres (BENCH_DATABASE_URL or TEST_DATABASE_URL)
//   node tooling/bench/bench-enquiries.mjs --fault              # kill -9 the server mid-run, restart, count losses
//   node tooling/bench/bench-enquiries.mjs --instances 2        # two servers on one database (scale-out)
//   options: --requests N --concurrency N --port N --keep --dir <app copy with its own .next>
//            --profile <dir> (a V8 CPU profile of the server, written when it exits)
//            --no-email (no SMTP_URL: jobs stay queued; isolates the cost of the request itself)
//
// It starts the production server (server.mjs) itself with a fresh database, an SMTP server in this process, and the
// rate limit and minimum fill time raised through the environment (the same code path runs; only
// its configuration changes). Each submission is the no-JavaScript form POST a browser sends, to
// where the form's submit button sends it: the form is fetched first (untimed) for its hidden
// fields and a fresh signed render token, and each body is encoded before the clock starts, so the
// client (keep-alive node:http) spends little of the machine's CPU. Success means a 303 to
// /book/thanks?ref=...; every such reference must end up as a database row and as an email.
import {spawn} from 'node:child_process'
import {randomBytes} from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {setTimeout as sleep} from 'node:timers/promises'
import Database from 'better-sqlite3'
import pg from 'pg'
import {startSmtpCapture} from '../../scripts/lib/smtp-capture.mjs'

const {values: args} = parseArgs({
  options: {
    db: {type: 'string', default: 'sqlite'},
    requests: {type: 'string', default: '3000'},
    concurrency: {type: 'string', default: '50'},
    port: {type: 'string', default: '3190'},
    instances: {type: 'string', default: '1'},
    fault: {type: 'boolean', default: false},
    keep: {type: 'boolean', default: false},
    dir: {type: 'string'},
    profile: {type: 'string'},
    'no-email': {type: 'boolean', default: false},
  },
})
const TOTAL = Number(args.requests)
const CONCURRENCY = Number(args.concurrency)
const INSTANCES = Number(args.instances)
const PORTS = Array.from({length: INSTANCES}, (_, i) => Number(args.port) + i)
const baseOf = (i) => `http://127.0.0.1:${PORTS[i % INSTANCES]}`
const BASE = baseOf(0)
// --dir runs a copy of the app (its own .next), so a rebuild in the working tree cannot pull the
// build out from under a running benchmark.
const ROOT = path.resolve(args.dir ?? path.join(path.dirname(new URL(import.meta.url).pathname), '../..'))

if (!fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
  console.error('No production build: run `npm run build` first.')
  process.exit(1)
}

// --- SMTP server in this process: counts delivered notifications by reference -------------------
const delivered = new Map()
const smtp = await startSmtpCapture((raw) => {
  const ref = /^X-Enquiry-Ref: (\S+)/im.exec(raw)?.[1]
  if (ref) delivered.set(ref, (delivered.get(ref) ?? 0) + 1)
})
const smtpPort = smtp.port

// --- A fresh database -----------------------------------------------------------------------------
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-enquiries-'))
const dbEnv = {}
let pgSchema
let pgUrl
if (args.db === 'postgres') {
  pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL
  if (!pgUrl) throw new Error('Set BENCH_DATABASE_URL or TEST_DATABASE_URL for --db postgres')
  pgSchema = `bench_${randomBytes(5).toString('hex')}`
  const admin = new pg.Client({connectionString: pgUrl})
  await admin.connect()
  await admin.query(`create schema ${pgSchema}`)
  await admin.end()
  const url = new URL(pgUrl)
  url.searchParams.set('options', `-c search_path=${pgSchema}`)
  dbEnv.DATABASE_URL = url.toString()
} else {
  dbEnv.SQLITE_PATH = path.join(workDir, 'data', 'enquiries.sqlite')
}

const serverEnv = {
  ...process.env,
  ...dbEnv,
  NODE_ENV: 'production',
  SITE_URL: BASE,
  SMTP_URL: args['no-email'] ? '' : `smtp://127.0.0.1:${smtpPort}`,
  CLINIC_NOTIFY_EMAIL: 'frontdesk@bench.test',
  MAIL_FROM: 'Bench <no-reply@bench.test>',
  SESSION_SECRET: randomBytes(32).toString('hex'),
  ENQUIRY_RATE_LIMIT: '100000000',
  // A benchmark is a flood by design: lift the site-wide ceiling; no proxy in front.
  ENQUIRY_SITE_LIMIT_PER_MINUTE: '100000000',
  TRUSTED_PROXY_HOPS: '0',
  ENQUIRY_MIN_FILL_SECONDS: '0',
  OUTBOX_INTERVAL_SECONDS: '2',
}

// One server per port, all on the same database: what several instances behind a load
// balancer do. The client spreads its connections over them.
const servers = new Array(INSTANCES)
function startServer(i) {
  const log = fs.openSync(path.join(workDir, `server-${i}.log`), 'a')
  // Own process group, so kill -9 reaches next-server and not only the launcher.
  servers[i] = spawn(
    process.execPath,
    [
      ...(args.profile ? ['--cpu-prof', `--cpu-prof-dir=${args.profile}`] : []),
      path.join(ROOT, 'server.mjs'),
      '-p',
      String(PORTS[i]),
      '-H',
      '127.0.0.1',
    ],
    {
      cwd: ROOT,
      env: {...serverEnv, PORT: String(PORTS[i])},
      detached: true,
      stdio: ['ignore', log, log],
    },
  )
}
function killServer(i, signal) {
  try {
    process.kill(-servers[i].pid, signal)
  } catch {}
}
const killAll = (signal) => servers.forEach((_, i) => killServer(i, signal))
async function waitForServer(i) {
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      const res = await fetch(`${baseOf(i)}/book`)
      if (res.ok) return
    } catch {}
    await sleep(200)
  }
  killAll('SIGKILL')
  throw new Error(`server ${i} did not start; see ${path.join(workDir, `server-${i}.log`)}`)
}

// --- Forms: fetched untimed, one per submission (each render token stores one enquiry) -----------
function hiddenFields(html) {
  return [...html.matchAll(/<input type="hidden"([^>]*)\/?>/g)].map((m) => [
    /name="([^"]*)"/.exec(m[1])?.[1],
    (/value="([^"]*)"/.exec(m[1])?.[1] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
  ])
}
// Where a browser without JavaScript sends the form: the submit button's formaction, else the
// form's own action (empty means the page itself).
function submitPath(html) {
  const attr = /<button[^>]*type="submit"[^>]*formAction="([^"]+)"/i.exec(html)?.[1]
  return attr ?? '/book'
}
let SUBMIT_PATH = '/book'
async function fetchForm(i = 0) {
  const html = await (await fetch(`${baseOf(i)}/book`)).text()
  const fields = hiddenFields(html)
  if (!fields.some(([name]) => name === 'formToken')) throw new Error('no formToken in /book')
  SUBMIT_PATH = submitPath(html)
  return fields
}
async function pool(count, concurrency, task) {
  let next = 0
  await Promise.all(
    Array.from({length: Math.min(concurrency, count)}, async () => {
      while (next < count) await task(next++)
    }),
  )
}

// Names are letters only (the schema refuses digits in a name).
function lettersFor(i) {
  let n = Math.abs(i)
  let out = ''
  do {
    out = String.fromCharCode(97 + (n % 26)) + out
    n = Math.floor(n / 26)
  } while (n > 0)
  return out
}

// The bytes a browser sends, encoded once before the clock starts (Response does the multipart
// encoding, exactly as fetch would).
async function encode(fd) {
  const res = new Response(fd)
  return {body: Buffer.from(await res.arrayBuffer()), contentType: res.headers.get('content-type')}
}

function submission(hidden, i) {
  const fd = new FormData()
  for (const [name, value] of hidden) fd.append(name, value)
  fd.append('fullName', `Bench Patient ${lettersFor(i)}`)
  fd.append('phone', `9${String(1000000 + (i % 8999999)).padStart(7, '0')}`)
  fd.append('email', `patient${i}@bench.test`)
  fd.append('patientType', i % 2 ? 'new' : 'returning')
  fd.append('preferredDays', 'sat')
  fd.append('timeOfDay', 'any')
  fd.append('message', 'Benchmark enquiry')
  fd.append('consent', 'on')
  fd.append('website', '')
  return fd
}

// CPU seconds used by the servers' process groups (Linux /proc): a cost per submission that does
// not depend on how busy the rest of the machine is.
function serverCpuSeconds() {
  const tick = 100 // USER_HZ on Linux
  let total = 0
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (servers.some((server) => Number(fields[2]) === server.pid)) {
        total += (Number(fields[11]) + Number(fields[12])) / tick
      }
    } catch {}
  }
  return total
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

async function countRows(refs) {
  if (args.db === 'postgres') {
    const client = new pg.Client({connectionString: pgUrl})
    await client.connect()
    await client.query(`set search_path to ${pgSchema}`)
    const {rows} = await client.query('select public_ref from enquiries')
    const jobs = await client.query(`select status, count(*)::int as n from outbox_jobs group by status`)
    await client.end()
    const stored = new Set(rows.map((r) => r.public_ref))
    return {stored, total: rows.length, jobs: jobs.rows, missing: refs.filter((r) => !stored.has(r))}
  }
  const sqlite = new Database(dbEnv.SQLITE_PATH, {readonly: true})
  const rows = sqlite.prepare('select public_ref from enquiries').all()
  const jobs = sqlite.prepare('select status, count(*) as n from outbox_jobs group by status').all()
  sqlite.close()
  const stored = new Set(rows.map((r) => r.public_ref))
  return {stored, total: rows.length, jobs, missing: refs.filter((r) => !stored.has(r))}
}

// --- Client: keep-alive node:http, one agent per instance --------------------------------------------
const agents = PORTS.map(() => new http.Agent({keepAlive: true, maxSockets: CONCURRENCY}))
function post(i, {body, contentType}) {
  const target = i % INSTANCES
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: PORTS[target],
        path: SUBMIT_PATH,
        method: 'POST',
        agent: agents[target],
        // Browsers send Origin with every form POST; both the route and Next's server actions
        // refuse one from another site.
        headers: {'content-type': contentType, 'content-length': body.length, origin: baseOf(target)},
      },
      (res) => {
        const chunks = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () =>
          resolve({status: res.statusCode, location: res.headers.location ?? '', text: Buffer.concat(chunks).toString()}),
        )
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

// --- Run ---------------------------------------------------------------------------------------------
for (let i = 0; i < INSTANCES; i++) startServer(i)
for (let i = 0; i < INSTANCES; i++) await waitForServer(i)
// Warm-up: compile paths and fill caches before anything is measured.
for (let i = 0; i < 20 * INSTANCES; i++) {
  const res = await post(i, await encode(submission(await fetchForm(i), -i)))
  if (res.status !== 303) {
    const why = /id="\w+-error"[^>]*>(?:<span[^>]*>[^<]*<\/span>)?([^<]*)/.exec(res.text)?.[1] ?? 'no field error'
    console.error(`warm-up submission answered ${res.status}, not 303 (${why}); see the logs in ${workDir}`)
    killAll('SIGKILL')
    process.exit(1)
  }
}

const bodies = new Array(TOTAL)
const t0 = Date.now()
await pool(TOTAL, 8, async (i) => {
  bodies[i] = await encode(submission(await fetchForm(i), i))
})
console.log(`fetched and encoded ${TOTAL} forms in ${((Date.now() - t0) / 1000).toFixed(1)} s (untimed)`)

const latencies = []
const successRefs = []
const failures = new Map()
const networkErrors = new Map()
let retriedOk = 0
let killedAt
let restartedAt
const killAfter = args.fault ? Math.floor(TOTAL * 0.4) : Infinity
let sent = 0

const cpuBefore = serverCpuSeconds()
const clientCpuBefore = process.cpuUsage()
const start = performance.now()
await pool(TOTAL, CONCURRENCY, async (i) => {
  sent += 1
  if (sent === killAfter) {
    killedAt = performance.now()
    killServer(0, 'SIGKILL')
    console.log(`kill -9 of instance 0 after ${killAfter} submissions started`)
    // Restart in the background; requests meanwhile fail and are counted as failures.
    setTimeout(() => {
      startServer(0)
      waitForServer(0).then(() => {
        restartedAt = performance.now()
        console.log(`server back after ${((restartedAt - killedAt) / 1000).toFixed(1)} s`)
      })
    }, 500)
  }
  // A connection error (the server is down) is retried with the same form: the render token
  // makes the retry idempotent, as a person pressing "send" again would be.
  for (let attempt = 0; attempt < 60; attempt++) {
    const began = performance.now()
    try {
      const res = await post(i, bodies[i])
      const ref = /ref=([A-Z2-9-]+)/.exec(res.location)?.[1]
      if (res.status === 303 && ref) {
        latencies.push(performance.now() - began)
        successRefs.push(ref)
        if (attempt > 0) retriedOk += 1
      } else failures.set(`HTTP ${res.status}`, (failures.get(`HTTP ${res.status}`) ?? 0) + 1)
      return
    } catch (error) {
      const key = error.code ?? error.message
      networkErrors.set(key, (networkErrors.get(key) ?? 0) + 1)
      await sleep(250)
    }
  }
  failures.set('gave up after retries', (failures.get('gave up after retries') ?? 0) + 1)
})
const seconds = (performance.now() - start) / 1000
const clientCpu = process.cpuUsage(clientCpuBefore)
const serverCpu = args.fault ? undefined : serverCpuSeconds() - cpuBefore
if (args.fault && !restartedAt) await waitForServer(0)

latencies.sort((a, b) => a - b)
const result = {
  db: args.db,
  mode: args.fault ? 'fault (kill -9 mid-run)' : 'load',
  instances: INSTANCES,
  concurrency: CONCURRENCY,
  submissions: TOTAL,
  succeeded: successRefs.length,
  failed: Object.fromEntries(failures),
  connectionErrorsRetried: Object.fromEntries(networkErrors),
  succeededAfterRetry: retriedOk,
  seconds: Number(seconds.toFixed(2)),
  submissionsPerSecond: Number((successRefs.length / seconds).toFixed(1)),
  // Includes the emails the server sent meanwhile (each submission queues one).
  serverCpuMsPerSubmission:
    serverCpu === undefined ? undefined : Number(((serverCpu * 1000) / successRefs.length).toFixed(2)),
  // The load generator shares the machine; this is what it took.
  clientCpuMsPerSubmission: Number(((clientCpu.user + clientCpu.system) / 1000 / TOTAL).toFixed(2)),
  loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
  latencyMs: {
    p50: Number(percentile(latencies, 50)?.toFixed(1)),
    p90: Number(percentile(latencies, 90)?.toFixed(1)),
    p99: Number(percentile(latencies, 99)?.toFixed(1)),
    max: Number(latencies.at(-1)?.toFixed(1)),
  },
}
console.log(JSON.stringify(result, null, 2))

// Every success must be a row, and its email must arrive (the outbox timer and the post-submit
// kick deliver them; after a kill the restarted server picks up what the old one left).
const deadline = Date.now() + 180_000
let missingMail = args['no-email'] ? [] : successRefs.filter((r) => !delivered.has(r))
while (missingMail.length > 0 && Date.now() < deadline) {
  await sleep(1000)
  missingMail = successRefs.filter((r) => !delivered.has(r))
}
const rows = await countRows(successRefs)
const duplicates = [...delivered.values()].filter((n) => n > 1).length
const verdict = {
  successesWithoutRow: rows.missing.length,
  successesWithoutEmail: missingMail.length,
  rowsInDatabase: rows.total,
  jobsByStatus: Object.fromEntries(rows.jobs.map((j) => [j.status, Number(j.n)])),
  emailsDelivered: [...delivered.values()].reduce((a, b) => a + b, 0),
  refsEmailedMoreThanOnce: duplicates,
}
console.log(JSON.stringify(verdict, null, 2))

const outDir = path.join(ROOT, 'bench-results')
fs.mkdirSync(outDir, {recursive: true})
fs.writeFileSync(
  path.join(outDir, `enquiries-${args.db}${INSTANCES > 1 ? `-x${INSTANCES}` : ''}${args.fault ? '-fault' : ''}.json`),
  JSON.stringify(
    {...result, ...verdict, at: new Date().toISOString(), node: process.version, cpus: os.cpus().length},
    null,
    2,
  ),
)

killAll('SIGTERM')
await sleep(args.profile ? 5000 : 500)
killAll('SIGKILL')
smtp.close()
if (pgSchema) {
  const admin = new pg.Client({connectionString: pgUrl})
  await admin.connect()
  await admin.query(`drop schema if exists ${pgSchema} cascade`)
  await admin.end()
}
if (!args.keep) fs.rmSync(workDir, {recursive: true, force: true})
else console.log(`kept ${workDir}`)
process.exit(verdict.successesWithoutRow === 0 && verdict.successesWithoutEmail === 0 ? 0 : 1)

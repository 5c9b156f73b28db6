#!/usr/bin/env node
// Several instances behaving as one: two production servers built with the Redis cache handler,
// sharing Redis and one Postgres schema, with an SMTP server in this process.
//   npm run test:scale            (needs TEST_DATABASE_URL and TEST_REDIS_URL; .ci/run sets both)
// Prints one line per test and "N passed, N failed"; exits 1 on any failure.
import assert from 'node:assert/strict'
import {spawn, spawnSync} from 'node:child_process'
import {randomBytes} from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import pg from 'pg'
import {chromium} from 'playwright-core'
import {applyChange, sendWebhook, webhookBody} from '../../scripts/lib/snapshot-publish.mjs'
import {startSmtpCapture} from '../../scripts/lib/smtp-capture.mjs'
import {CHROMIUM_FLAGS, findChromium, INSTALL_HINT} from '../e2e/lib/chromium.mjs'
import {baseEnv, freePort, NEXT_BIN, ROOT, SERVER_SCRIPT} from '../e2e/lib/app-server.mjs'

const DIST_DIR = '.next-scale'
const PG_URL = process.env.TEST_DATABASE_URL
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const SECRET = `scale-webhook-${randomBytes(16).toString('hex')}`
const STAFF = {email: 'scale@clinic.test', password: 'scale-test-password-123'}
const line = (s) => process.stdout.write(`${s}\n`)

if (!PG_URL) {
  line('test:scale needs TEST_DATABASE_URL (for example postgres://postgres@127.0.0.1:5432/test)')
  line('0 passed, 1 failed')
  process.exit(1)
}
const chromePath = findChromium()
if (!chromePath) {
  line(INSTALL_HINT)
  line('0 passed, 1 failed')
  process.exit(1)
}

// --- Build (the Redis cache handler is chosen at build time) ------------------------------------
function build() {
  if (process.env.SCALE_REUSE_BUILD === '1' && fs.existsSync(path.join(ROOT, DIST_DIR, 'BUILD_ID'))) return
  line(`build: next build into ${DIST_DIR} with REDIS_URL`)
  const result = spawnSync('flock', ['/tmp/next-build.lock', process.execPath, NEXT_BIN, 'build'], {
    cwd: ROOT,
    env: {...baseEnv(), NODE_ENV: 'production', NEXT_DIST_DIR: DIST_DIR, REDIS_URL},
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  })
  if (result.status !== 0) {
    line(result.stdout.slice(-4000))
    throw new Error('next build failed')
  }
}

// --- Shared services: a Postgres schema of our own, a snapshot copy, SMTP in this process -------
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clinic-scale-'))
const snapshotDir = path.join(work, 'dataset')
fs.cpSync(path.join(ROOT, 'sanity/dataset'), snapshotDir, {recursive: true})
const schema = `scale_${randomBytes(5).toString('hex')}`
const databaseUrl = (() => {
  const url = new URL(PG_URL)
  url.searchParams.set('options', `-c search_path=${schema}`)
  return url.toString()
})()

async function withPg(fn) {
  const client = new pg.Client({connectionString: PG_URL})
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

const mail = [] // {ref, to, kind}
let smtp
function recordMail(raw, recipients) {
  const ref = /^X-Enquiry-Ref: (\S+)/im.exec(raw)?.[1]
  const kind = /^Auto-Submitted: (\S+)/im.exec(raw)?.[1]
  mail.push({ref, kind, to: recipients.join(',')})
}

// --- Instances ---------------------------------------------------------------------------------
const instances = {}
function instanceEnv(port, smtpPort) {
  return {
    ...baseEnv(),
    NODE_ENV: 'production',
    NEXT_DIST_DIR: DIST_DIR,
    PORT: String(port),
    SITE_URL: `http://127.0.0.1:${port}`,
    REDIS_URL,
    DATABASE_URL: databaseUrl,
    CONTENT_SNAPSHOT_DIR: snapshotDir,
    SANITY_REVALIDATE_SECRET: SECRET,
    SESSION_SECRET: 'scale-session-secret-0123456789abcdef0123456789',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    CLINIC_NOTIFY_EMAIL: 'frontdesk@clinic.test',
    MAIL_FROM: 'Clinic <no-reply@clinic.test>',
    ENQUIRY_RATE_LIMIT: '100000',
    // The load of enquiries during kill -9 is a flood by design; clients connect directly.
    ENQUIRY_SITE_LIMIT_PER_MINUTE: '100000',
    TRUSTED_PROXY_HOPS: '0',
    ENQUIRY_MIN_FILL_SECONDS: '0',
    OUTBOX_INTERVAL_SECONDS: '1',
  }
}

async function start(name, port, smtpPort) {
  const log = fs.openSync(path.join(work, `${name}.log`), 'a')
  const child = spawn(process.execPath, [SERVER_SCRIPT, '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: instanceEnv(port, smtpPort),
    detached: true,
    stdio: ['ignore', log, log],
  })
  const base = `http://127.0.0.1:${port}`
  instances[name] = {child, base, port}
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).status < 600) return instances[name]
    } catch {}
    await sleep(200)
  }
  throw new Error(`${name} did not start; see ${path.join(work, `${name}.log`)}`)
}

function kill(name, signal = 'SIGKILL') {
  const instance = instances[name]
  if (!instance || instance.child.exitCode !== null) return
  try {
    process.kill(-instance.child.pid, signal)
  } catch {}
}

// --- Enquiries without a browser: the no-JavaScript form POST ----------------------------------
function hiddenFields(html) {
  return [...html.matchAll(/<input type="hidden"([^>]*)\/?>/g)].map((m) => [
    /name="([^"]*)"/.exec(m[1])?.[1],
    (/value="([^"]*)"/.exec(m[1])?.[1] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
  ])
}

// Names are letters only (the form refuses digits in a name), so the number is spelled in letters.
function nameFor(i) {
  let n = i
  let out = ''
  do {
    out = String.fromCharCode(97 + (n % 26)) + out
    n = Math.floor(n / 26)
  } while (n > 0)
  return `Scale Patient ${out}`
}

async function submitEnquiry(base, i) {
  const html = await (await fetch(`${base}/book`)).text()
  const form = new FormData()
  for (const [name, value] of hiddenFields(html)) if (name) form.append(name, value)
  form.append('fullName', nameFor(i))
  form.append('phone', `9${String(1000000 + i).padStart(7, '0')}`)
  form.append('email', `patient${i}@clinic.test`)
  form.append('patientType', 'new')
  form.append('preferredDays', 'sat')
  form.append('timeOfDay', 'any')
  form.append('consent', 'on')
  form.append('website', '')
  // Next refuses server-action POSTs without an Origin header (CSRF protection), as browsers send one.
  const res = await fetch(`${base}/book`, {method: 'POST', body: form, redirect: 'manual', headers: {origin: base}})
  await res.arrayBuffer()
  const location = res.headers.get('location') ?? ''
  const ref = /ref=([^&]+)/.exec(location)?.[1]
  return res.status === 303 && ref ? decodeURIComponent(ref) : null
}

async function storedRefs() {
  return withPg(async (client) => {
    const {rows} = await client.query(`select public_ref from ${schema}.enquiries`)
    return new Set(rows.map((r) => r.public_ref))
  })
}

const clinicMails = (ref) => mail.filter((m) => m.ref === ref && m.kind === 'auto-generated').length

async function waitFor(what, check, timeoutMs) {
  const until = Date.now() + timeoutMs
  for (;;) {
    const result = await check()
    if (result === true) return
    if (Date.now() > until) throw new Error(`${what}: ${result}`)
    await sleep(250)
  }
}

async function health(base) {
  const res = await fetch(`${base}/api/health`)
  return {status: res.status, body: await res.json()}
}

// --- Tests -------------------------------------------------------------------------------------
const results = []
async function test(name, fn) {
  const started = Date.now()
  try {
    await fn()
    results.push(true)
    line(`ok   ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  } catch (error) {
    results.push(false)
    line(`FAIL ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n      ${String(error.stack ?? error).split('\n').slice(0, 6).join('\n      ')}`)
  }
}

let browser
async function main() {
  build()
  await withPg((client) => client.query(`create schema ${schema}`))
  smtp = await startSmtpCapture(recordMail)
  const smtpPort = smtp.port
  const [portA, portB] = [await freePort(), await freePort()]
  const a = await start('A', portA, smtpPort)
  const b = await start('B', portB, smtpPort)
  browser = await chromium.launch({executablePath: chromePath, args: CHROMIUM_FLAGS})

  const guide = fs
    .readFileSync(path.join(snapshotDir, 'data.ndjson'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .find((d) => d._type === 'post' && !d._id.startsWith('drafts.'))
  const articlePath = `/blog/${guide.slug.current}`

  await test('a signed webhook sent to instance A refreshes instance B on its next request', async () => {
    // Warm both instances and let any first render finish: a request that arrives while a render
    // of the same page is in flight joins that render, whatever was published meanwhile.
    for (const base of [a.base, b.base, b.base]) await (await fetch(base + articlePath)).text()
    await sleep(1000)
    const before = await (await fetch(b.base + articlePath)).text()
    assert.ok(before.includes('<h1'), 'article renders on B')
    const title = `Scale-out check ${randomBytes(3).toString('hex')}`
    assert.ok(!before.includes(title))
    const change = applyChange({dir: snapshotDir, id: guide._id, set: {title}})
    const answer = await sendWebhook({url: a.base, secret: SECRET, body: await webhookBody(change)})
    assert.equal(answer.status, 200, `webhook answered ${answer.status} ${JSON.stringify(answer.body)}`)
    const after = await (await fetch(b.base + articlePath)).text()
    if (!after.includes(title)) {
      for (let i = 0; i < 20; i++) {
        await sleep(250)
        if ((await (await fetch(b.base + articlePath)).text()).includes(title)) throw new Error(`B showed the new title only after ${(i + 1) * 250} ms`)
      }
    }
    assert.ok(after.includes(title), 'B serves the new title on the first request after the webhook')
  })

  await test('an enquiry submitted to A is visible in the staff inbox on B', async () => {
    const added = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/staff-add.ts', '--email', STAFF.email, '--name', 'Scale tester'], {
      cwd: ROOT,
      env: {...instanceEnv(portA, smtpPort), STAFF_PASSWORD: STAFF.password},
      encoding: 'utf8',
    })
    assert.equal(added.status, 0, added.stderr || added.stdout)
    const ref = await submitEnquiry(a.base, 900001)
    assert.ok(ref, 'A accepted the enquiry')
    const page = await browser.newPage()
    try {
      await page.goto(`${b.base}/staff/login`)
      await page.fill('[name="email"]', STAFF.email)
      await page.fill('[name="password"]', STAFF.password)
      await page.locator('form button[type="submit"]').click()
      await page.waitForURL((url) => !url.pathname.startsWith('/staff/login'), {timeout: 20_000})
      await page.goto(`${b.base}/staff`)
      const text = await page.locator('main').innerText()
      assert.ok(text.includes(nameFor(900001)), 'B lists the enquiry made on A')
    } finally {
      await page.close()
    }
  })

  await test('the outbox sends each notification exactly once with both senders running', async () => {
    const refs = []
    await Promise.all(
      Array.from({length: 40}, async (_, i) => {
        const ref = await submitEnquiry(i % 2 ? a.base : b.base, 910000 + i)
        assert.ok(ref, `submission ${i} accepted`)
        refs.push(ref)
      }),
    )
    await waitFor('every notification delivered', () => {
      const missing = refs.filter((ref) => clinicMails(ref) === 0)
      return missing.length === 0 || `${missing.length} not yet delivered`
    }, 30_000)
    await sleep(3000) // both senders keep polling: any double send would arrive now
    const doubled = refs.filter((ref) => clinicMails(ref) !== 1)
    assert.deepEqual(doubled, [], 'no notification sent twice')
  })

  await test('killing an instance during a load of enquiries loses none', async () => {
    const accepted = []
    let killed = false
    await Promise.all(
      Array.from({length: 10}, async (_, worker) => {
        for (let i = worker; i < 150; i += 10) {
          if (i >= 60 && !killed) {
            killed = true
            kill('A')
          }
          const base = i % 2 ? a.base : b.base
          try {
            const ref = await submitEnquiry(base, 920000 + i)
            if (ref) accepted.push(ref)
          } catch {
            // Connection refused by the killed instance: not a success, so nothing is owed.
          }
        }
      }),
    )
    assert.ok(killed && accepted.length >= 75, `enough successes to judge (${accepted.length})`)
    const stored = await storedRefs()
    assert.deepEqual(accepted.filter((ref) => !stored.has(ref)), [], 'every success response has its row')
    // Jobs A had claimed when it died come back after their lease; B sends them.
    await waitFor('every accepted enquiry emailed', () => {
      const missing = accepted.filter((ref) => clinicMails(ref) === 0)
      return missing.length === 0 || `${missing.length} of ${accepted.length} not yet emailed`
    }, 180_000)
  })

  // Without Redis each instance serves from its own memory: degraded, not down, so a load balancer
  // keeps every instance in (200, the cache check not ok); without the database the site is down.
  await test('health reports Redis degraded and Postgres down in turn and recovers', async () => {
    assert.equal((await health(b.base)).status, 200)
    const redisPort = new URL(REDIS_URL).port || '6379'
    spawnSync('redis-cli', ['-p', redisPort, 'shutdown', 'nosave'])
    try {
      await waitFor('200 naming the cache as served from memory', async () => {
        const h = await health(b.base)
        const {cache, database} = h.body.checks
        return (h.status === 200 && cache.ok === false && cache.kind === 'memory-fallback' && database.ok) || JSON.stringify(h)
      }, 10_000)
    } finally {
      spawnSync('redis-server', ['--daemonize', 'yes', '--bind', '127.0.0.1', '--port', redisPort, '--save', '', '--appendonly', 'no'])
    }
    await waitFor('Redis in use again after it returns', async () => {
      const h = await health(b.base)
      return (h.status === 200 && h.body.checks.cache.ok && h.body.checks.cache.kind === 'redis') || JSON.stringify(h)
    }, 15_000)

    const cluster = fs.readdirSync('/etc/postgresql')[0]
    spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster, 'main', 'stop', '-m', 'fast'])
    try {
      await waitFor('503 naming the database', async () => {
        const h = await health(b.base)
        return (h.status === 503 && h.body.checks.database.ok === false && h.body.checks.cache.ok) || JSON.stringify(h)
      }, 15_000)
    } finally {
      spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster, 'main', 'start'])
    }
    await waitFor('200 after Postgres returns', async () => (await health(b.base)).status === 200 || 'still down', 30_000)
  })
}

let exitCode = 1
try {
  await main()
} catch (error) {
  results.push(false)
  line(`FAIL setup\n      ${error.stack ?? error}`)
} finally {
  await browser?.close().catch(() => {})
  kill('A')
  kill('B')
  smtp?.close()
  await withPg((client) => client.query(`drop schema if exists ${schema} cascade`)).catch(() => {})
  const passed = results.filter(Boolean).length
  line(`logs: ${work}`)
  line(`${passed} passed, ${results.length - passed} failed`)
  exitCode = results.length > 0 && passed === results.length ? 0 : 1
}
process.exit(exitCode)

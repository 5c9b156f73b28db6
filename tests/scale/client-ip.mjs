// Client IP and start-up checks on the production build under the production server (server.mjs).
// Not part of test:scale's two-instance run: `node tests/scale/client-ip.mjs`.
//
// What it proves about Next 16.4 itself: Next leaves an X-Forwarded-For the client sent
// as it is (it fills the header from the socket only when absent), so with no proxy invented
// addresses would each get their own rate limit; TRUSTED_PROXY_HOPS=0 uses the socket address.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import {makeSandbox, prepareApp, serverEnv, startServer} from '../e2e/lib/app-server.mjs'

const results = []
async function check(name, fn) {
  const t0 = Date.now()
  try {
    await fn()
    results.push({name, ok: true})
    console.log(`ok   ${name} (${Date.now() - t0} ms)`)
  } catch (error) {
    results.push({name, ok: false})
    console.log(`FAIL ${name}\n     ${String(error?.message ?? error).split('\n').join('\n     ')}`)
  }
}

const field = (html, name) => new RegExp(`name="${name.replace(/\$/g, '\\$')}"[^>]*value="([^"]*)"`).exec(html)?.[1]

/** Renders /book, fills the form as a browser without JavaScript would, posts it to /book/submit. */
async function sendEnquiry(baseUrl, forwardedFor, n) {
  const html = await (await fetch(`${baseUrl}/book`)).text()
  const token = field(html, 'formToken')
  assert.ok(token, 'no formToken on /book')
  const body = new URLSearchParams({
    // Names take letters only.
    fullName: `Client Ip ${String.fromCharCode(65 + (n % 26))}`,
    phone: '9123 4567',
    email: `client-ip-${n}@example.com`,
    patientType: 'new',
    timeOfDay: 'any',
    message: '',
    consent: 'on',
    website: '',
    formToken: token,
  })
  const res = await fetch(`${baseUrl}/book/submit`, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: {'content-type': 'application/x-www-form-urlencoded', ...(forwardedFor ? {'x-forwarded-for': forwardedFor} : {})},
  })
  return res.status // 303 stored, 307 refused (back to the form with the message)
}

async function withServer(app, extra, fn) {
  const sandbox = makeSandbox('clinic-client-ip-')
  const env = serverEnv({snapshotDir: sandbox.snapshotDir, sqlitePath: sandbox.sqlitePath, extra: {ENQUIRY_MIN_FILL_SECONDS: '0', ...extra}})
  const server = await startServer({env, appDir: app.appDir, logFile: path.join(sandbox.dir, 'server.log')})
  try {
    await fn(server.baseUrl)
  } catch (error) {
    const events = fs.readFileSync(path.join(sandbox.dir, 'server.log'), 'utf8').split('\n').filter((l) => /enquir|client_ip|error/.test(l))
    throw new Error(`${error.message}\nserver log:\n${events.slice(-8).join('\n')}`)
  } finally {
    await server.stop()
    sandbox.remove()
  }
}

/** Starts a server that must refuse to start; answers its log. */
async function refusedStart(app, extra) {
  const sandbox = makeSandbox('clinic-refused-')
  const env = serverEnv({snapshotDir: sandbox.snapshotDir, sqlitePath: sandbox.sqlitePath, extra})
  try {
    const server = await startServer({env, appDir: app.appDir, logFile: path.join(sandbox.dir, 'server.log'), timeoutMs: 30_000})
    await server.stop()
    throw new Error('the server started')
  } catch (error) {
    if (String(error.message) === 'the server started') throw error
    return String(error.message)
  } finally {
    sandbox.remove()
  }
}

const app = await prepareApp({prefix: 'clinic-client-ip-app-'})
try {
  await check('no proxy (TRUSTED_PROXY_HOPS unset = 0): invented X-Forwarded-For addresses share the socket address limit', () =>
    withServer(app, {ENQUIRY_RATE_LIMIT: '2'}, async (baseUrl) => {
      const statuses = []
      for (let i = 1; i <= 4; i++) statuses.push(await sendEnquiry(baseUrl, `10.0.0.${i}`, i))
      assert.deepEqual(statuses, [303, 303, 307, 307])
    }),
  )
  await check('behind one proxy (TRUSTED_PROXY_HOPS=1): the address the proxy appended is the client', () =>
    withServer(app, {ENQUIRY_RATE_LIMIT: '2', TRUSTED_PROXY_HOPS: '1'}, async (baseUrl) => {
      const distinct = []
      for (let i = 1; i <= 3; i++) distinct.push(await sendEnquiry(baseUrl, `6.6.6.6, 10.1.0.${i}`, i))
      assert.deepEqual(distinct, [303, 303, 303])
      const same = []
      for (let i = 1; i <= 3; i++) same.push(await sendEnquiry(baseUrl, `6.6.6.${i}, 10.2.0.1`, 10 + i))
      assert.deepEqual(same, [303, 303, 307])
    }),
  )
  await check('site-wide ceiling: past ENQUIRY_SITE_LIMIT_PER_MINUTE enquiries from anyone are still stored', () =>
    withServer(app, {ENQUIRY_RATE_LIMIT: '100', ENQUIRY_SITE_LIMIT_PER_MINUTE: '2', TRUSTED_PROXY_HOPS: '1'}, async (baseUrl) => {
      // Five from five addresses against a ceiling of two: every patient is told it arrived (303);
      // the emails of those past the ceiling are held back (tests/integration covers which).
      const statuses = []
      for (let i = 1; i <= 5; i++) statuses.push(await sendEnquiry(baseUrl, `10.3.0.${i}`, 20 + i))
      assert.deepEqual(statuses, [303, 303, 303, 303, 303])
    }),
  )
  await check('refuses to start: production with a public SITE_URL and no TRUSTED_PROXY_HOPS', async () => {
    assert.match(await refusedStart(app, {SITE_URL: 'https://clinic.example.sg'}), /TRUSTED_PROXY_HOPS is required/)
  })
  await check('refuses to start: production with an http:// public SITE_URL', async () => {
    assert.match(await refusedStart(app, {SITE_URL: 'http://clinic.example.sg', TRUSTED_PROXY_HOPS: '1'}), /SITE_URL must start with https/)
  })
  await check('refuses to start: DATABASE_URL without SESSION_SECRET, naming the variable', async () => {
    const log = await refusedStart(app, {DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test', SESSION_SECRET: '', TRUSTED_PROXY_HOPS: '0'})
    assert.match(log, /SESSION_SECRET is required when DATABASE_URL is set/)
  })
  await check('refuses to start: no SESSION_SECRET and a data folder that cannot be written', async () => {
    const log = await refusedStart(app, {SESSION_SECRET: '', SQLITE_PATH: '/etc/hostname/data/enquiries.sqlite'})
    assert.match(log, /SESSION_SECRET is not set and .* cannot be written/)
  })
} finally {
  app.remove()
}
const failed = results.filter((r) => !r.ok).length
console.log(`${results.length - failed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)

// Staff inbox: a staff user signs in, finds the new enquiry, changes its status; logged out, every
// staff URL is refused and shows no patient data.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {findEnquiry, submitValidEnquiry} from '../lib/booking-kit.mjs'
import {ROOT} from '../lib/app-server.mjs'
import {assert, FeatureMissing, open, request, uniqueName} from '../lib/kit.mjs'

const STAFF = {email: 'front-desk.e2e@example.com', name: 'Front Desk E2E', password: 'correct horse battery staple e2e'}

function runStaffScript(env, script, args, extraEnv = {}) {
  return spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['--conditions=react-server', `scripts/${script}`, ...args], {
    cwd: ROOT,
    env: {...env, ...extraEnv},
    encoding: 'utf8',
    timeout: 60_000,
  })
}

function addStaffUser(env, account = STAFF) {
  if (!fs.existsSync(path.join(ROOT, 'scripts/staff-add.ts'))) throw new FeatureMissing('scripts/staff-add.ts (npm run staff:add) has not landed yet')
  const r = runStaffScript(env, 'staff-add.ts', ['--email', account.email, '--name', account.name], {STAFF_PASSWORD: account.password})
  assert.equal(r.status, 0, `npm run staff:add failed:\n${r.stdout}${r.stderr}`)
}

async function newEnquiry(ctx) {
  const page = await ctx.newMobilePage()
  await open(page, ctx.baseUrl, '/book?treatment=microneedling', {feature: 'the booking form'})
  const fullName = uniqueName('Inbox')
  await submitValidEnquiry(page, {fullName, message: 'Please call after 6pm. <script>alert(1)</script>'})
  await page.context().close()
  return findEnquiry(ctx.env, fullName)
}

async function signIn(page, baseUrl, account = STAFF) {
  await open(page, baseUrl, '/staff/login', {feature: 'the staff sign-in page (booking issue)'})
  await page.locator('input[name="email"]').fill(account.email)
  await page.locator('input[name="password"]').fill(account.password)
  await page.getByRole('button', {name: /sign in/i}).click()
  await page.waitForURL((url) => url.pathname === '/staff')
}

export async function staffSignsInSeesEnquiryAndChangesStatus(ctx) {
  addStaffUser(ctx.env)
  const enquiry = await newEnquiry(ctx)
  const page = await ctx.newDesktopPage()
  await signIn(page, ctx.baseUrl)

  const row = page.locator(`a[href="/staff/enquiries/${enquiry.id}"]`)
  assert.ok(await row.count(), `the inbox does not list the new enquiry from ${enquiry.full_name}`)
  await row.first().click()
  await page.waitForURL(`**/staff/enquiries/${enquiry.id}`)
  const body = await page.locator('#main').innerText()
  assert.ok(body.includes(enquiry.full_name), 'the detail view shows the name')
  assert.ok(body.includes('<script>alert(1)</script>'), 'what the patient typed is shown as text')
  assert.equal(await page.locator('#main script').count(), 0, 'patient input became markup')

  await page.locator('select[name="status"]').selectOption('contacted')
  await page.getByRole('button', {name: /save status/i}).click()
  await page.waitForFunction(() => document.querySelector('select[name="status"]')?.value === 'contacted')
  await page.reload()
  assert.equal(await page.locator('select[name="status"]').inputValue(), 'contacted', 'the status change did not persist')
  assert.match(await page.locator('#main').innerText(), new RegExp(STAFF.name), 'the audit trail names who changed it')
  assert.equal(findEnquiry(ctx.env, enquiry.full_name).status, 'contacted', 'the database has the new status')

  // CSV export, signed in.
  const csv = await page.request.get(new URL('/staff/export', ctx.baseUrl).href)
  assert.equal(csv.status(), 200, `CSV export answered ${csv.status()}`)
  assert.ok((await csv.text()).includes(enquiry.full_name), 'the CSV contains the enquiry')
}

export async function loggedOutStaffUrlsAreRefused(ctx) {
  addStaffUser(ctx.env)
  const enquiry = await newEnquiry(ctx)
  // Every staff URL a signed-in user can reach, collected from the inbox and the detail page.
  const page = await ctx.newDesktopPage()
  await signIn(page, ctx.baseUrl)
  const urls = new Set(['/staff', '/staff/export', `/staff/enquiries/${enquiry.id}`, '/staff/enquiries/no-such-id'])
  for (const where of ['/staff', `/staff/enquiries/${enquiry.id}`]) {
    await page.goto(new URL(where, ctx.baseUrl).href)
    for (const href of await page.locator('a[href^="/staff"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      if (!href.startsWith('/staff/login')) urls.add(href)
    }
  }
  const problems = []
  for (const url of urls) {
    const res = await request(ctx.baseUrl, url)
    const refused = [401, 403, 404].includes(res.status) || ([302, 303, 307, 308].includes(res.status) && /\/staff\/login/.test(res.headers.get('location') ?? ''))
    if (!refused) problems.push(`${url} answered ${res.status} without a session`)
    if (res.body.includes(enquiry.full_name) || res.body.includes(enquiry.email)) problems.push(`${url} shows patient data without a session`)
  }
  assert.deepEqual(problems, [], problems.join('\n'))
  assert.equal(findEnquiry(ctx.env, enquiry.full_name).status, 'new')
  // A forged cookie is refused too.
  const forged = await request(ctx.baseUrl, '/staff', {headers: {cookie: 'clinic_staff_session=forged.value'}})
  assert.ok(!forged.body.includes(enquiry.full_name), 'a forged session cookie opened the inbox')
}

export async function staffPagesAreNotIndexed({baseUrl, newMobilePage}) {
  const page = await newMobilePage({javaScriptEnabled: false})
  await open(page, baseUrl, '/staff/login', {feature: 'the staff sign-in page (booking issue)'})
  assert.match((await page.locator('meta[name="robots"]').getAttribute('content')) ?? '', /noindex/)
}

// On the production build: the session cookie ends with the browser and is
// Secure (NODE_ENV=production, even on http://127.0.0.1); staff:disable stops an open inbox at its
// next request; staff:add does not quietly switch the account back on.
export async function disabledAccountIsSignedOutAtOnce(ctx) {
  const leaver = {email: 'leaver.e2e@example.com', name: 'Leaver E2E', password: 'correct horse battery staple leaver'}
  addStaffUser(ctx.env, leaver)
  const page = await ctx.newDesktopPage()
  await signIn(page, ctx.baseUrl, leaver)
  // Path=/staff: a cookie query for the site root would not list it.
  const cookie = (await page.context().cookies()).find((c) => c.name === 'clinic_staff_session')
  assert.ok(cookie, 'no session cookie after signing in')
  assert.equal(cookie.expires, -1, `the session cookie has an expiry (${cookie.expires}): it outlives the browser`)
  assert.equal(cookie.secure, true, 'the session cookie is not Secure in production')
  assert.equal(cookie.httpOnly, true)
  assert.equal(cookie.path, '/staff')

  const disabled = runStaffScript(ctx.env, 'staff-disable.ts', ['--email', leaver.email])
  assert.equal(disabled.status, 0, `npm run staff:disable failed:\n${disabled.stdout}${disabled.stderr}`)
  assert.match(disabled.stdout, /1 open session ended/)
  await page.goto(new URL('/staff', ctx.baseUrl).href)
  assert.equal(new URL(page.url()).pathname, '/staff/login', `the disabled account's open session still reached ${page.url()}`)

  const again = runStaffScript(ctx.env, 'staff-add.ts', ['--email', leaver.email, '--name', leaver.name], {STAFF_PASSWORD: leaver.password})
  assert.notEqual(again.status, 0, 'staff:add re-enabled a disabled account without --enable')
  assert.match(again.stderr, /disabled.*--enable/)
  const listed = runStaffScript(ctx.env, 'staff-list.ts', [])
  assert.equal(listed.status, 0, `npm run staff:list failed:\n${listed.stdout}${listed.stderr}`)
  assert.match(listed.stdout, /leaver\.e2e@example\.com.*disabled/)
}

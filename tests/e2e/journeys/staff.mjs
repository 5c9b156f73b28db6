// Staff inbox: a staff user signs in, finds the new enquiry, changes its status; logged out, every
// staff URL is refused and shows no patient data.
import {findEnquiry, submitValidEnquiry} from '../lib/booking-kit.mjs'
import {addStaffUser, runStaffScript, signIn, STAFF} from '../lib/staff-kit.mjs'
import {assert, expectNoAxeViolations, open, poreGuide, readSnapshot, request, uniqueName} from '../lib/kit.mjs'

async function newEnquiry(ctx) {
  const page = await ctx.newMobilePage()
  await open(page, ctx.baseUrl, '/book?treatment=microneedling', {feature: 'the booking form'})
  const fullName = uniqueName('Inbox')
  await submitValidEnquiry(page, {fullName, message: 'Please call after 6pm. <script>alert(1)</script>'})
  await page.context().close()
  return findEnquiry(ctx.env, fullName)
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

// A patient reads the pore guide and taps Book on a treatment card in it, once with JavaScript and
// once without; staff see "from: <guide title>" on both enquiries, can filter the inbox by the guide,
// get its title in the CSV, and read the sums (and a WhatsApp tap from the guide) on /staff/insights.
export async function staffSeeWhichGuideBroughtEachEnquiry(ctx) {
  addStaffUser(ctx.env)
  const snap = readSnapshot(ctx.snapshotDir)
  const guide = poreGuide(snap)
  const guidePath = `/blog/${snap.slug(guide)}`
  const names = []
  for (const javaScriptEnabled of [true, false]) {
    const page = await ctx.newMobilePage({javaScriptEnabled})
    await open(page, ctx.baseUrl, guidePath, {feature: 'the pore guide'})
    const book = page.locator('article a[href^="/book?"]').first()
    const href = await book.getAttribute('href')
    assert.equal(new URL(href, ctx.baseUrl).searchParams.get('from'), guidePath, `the guide's Book link does not carry from=${guidePath}: ${href}`)
    await book.click()
    await page.waitForURL((url) => url.pathname === '/book')
    const fullName = uniqueName(javaScriptEnabled ? 'FromGuideJs' : 'FromGuideNoJs')
    await submitValidEnquiry(page, {fullName})
    await page.context().close()
    assert.equal(findEnquiry(ctx.env, fullName).source_path, guidePath, `the enquiry (JavaScript ${javaScriptEnabled ? 'on' : 'off'}) was not stored with its source page`)
    names.push(fullName)
  }
  // A tap on the clinic's WhatsApp link from the guide: counted, then sent on to wa.me.
  const tap = await request(ctx.baseUrl, `/go/whatsapp?from=${encodeURIComponent(guidePath)}`, {redirect: 'manual'})
  assert.equal(tap.status, 303, `/go/whatsapp answered ${tap.status}`)
  assert.match(tap.headers.get('location') ?? '', /^https:\/\/wa\.me\//)

  const page = await ctx.newDesktopPage()
  await signIn(page, ctx.baseUrl)
  const inbox = await page.locator('#main').innerText()
  assert.ok(inbox.includes(`from: ${guide.title}`), `the inbox does not show "from: ${guide.title}"`)
  const option = page.locator('select[name="source"] option', {hasText: guide.title})
  assert.equal(await option.count(), 1, 'the "Came from" filter does not offer the guide by its title')
  await page.locator('select[name="source"]').selectOption(guidePath)
  await page.getByRole('button', {name: /^filter$/i}).click()
  await page.waitForURL((url) => url.searchParams.get('source') === guidePath)
  const filtered = await page.locator('#main').innerText()
  for (const name of names) assert.ok(filtered.includes(name), `the inbox filtered by the guide does not list ${name}`)

  const csv = await page.request.get(new URL(`/staff/export?source=${encodeURIComponent(guidePath)}`, ctx.baseUrl).href)
  assert.equal(csv.status(), 200)
  const csvText = await csv.text()
  for (const name of names) assert.ok(csvText.includes(name), `the CSV filtered by the guide lacks ${name}`)
  assert.ok(csvText.includes(guide.title.includes(',') ? `"${guide.title}"` : guide.title), 'the CSV does not name the guide by its title')

  const detail = page.locator(`a[href^="/staff/enquiries/"]`, {hasText: names[0]})
  await detail.first().click()
  await page.waitForURL('**/staff/enquiries/*')
  const cameFrom = page.locator(`#main a[href="${guidePath}"]`)
  assert.equal((await cameFrom.first().innerText()).trim(), guide.title, 'the enquiry does not link to the guide by its title')

  await page.getByRole('link', {name: /what brings patients in/i}).click()
  await page.waitForURL('**/staff/insights')
  assert.ok((await page.locator('svg[role="img"]').count()) >= 4, 'the insights page has no charts')
  const sources = page.locator('#by-source-heading').locator('xpath=..')
  assert.ok((await sources.innerText()).includes(guide.title), 'the insights page does not name the guide among source pages')
  const taps = await page.locator('#contact-taps-heading').locator('xpath=..').innerText()
  assert.ok(taps.includes(guide.title), 'the insights page does not count the WhatsApp tap from the guide')
  await expectNoAxeViolations(page, '/staff/insights')
  const insightsCsv = await page.request.get(new URL('/staff/insights/export', ctx.baseUrl).href)
  assert.equal(insightsCsv.status(), 200)
  const insightsText = await insightsCsv.text()
  assert.ok(insightsText.includes(guidePath), 'the insights CSV lacks the guide')
  for (const name of names) assert.ok(!insightsText.includes(name), 'the insights CSV holds a patient name')
}

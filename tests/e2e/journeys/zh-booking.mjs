// A Chinese-reading patient on a phone sends an enquiry from /zh/book, with JavaScript and without:
// a bad phone number is answered in Chinese, a good form lands on the Chinese thanks page, the
// acknowledgement email is in Chinese, and staff see the enquiry marked Chinese. Its own server
// (same build, own database) sends mail to an SMTP server in this process; axe runs on the Chinese
// booking pages and privacy notice.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {SMTPServer} from 'smtp-server'
import {freePort, ROOT, serverEnv, startServer} from '../lib/app-server.mjs'
import {bookingForm, enquiryRows, fillEnquiry, findEnquiry, submit} from '../lib/booking-kit.mjs'
import {assert, expectNoAxeViolations, open, uniqueName} from '../lib/kit.mjs'
import {addStaffUser, signIn} from '../lib/staff-kit.mjs'

const HAN = /\p{Script=Han}/u
const CHINESE_PATIENT = {email: 'mei.zh.e2e@example.com', message: '我想咨询毛孔问题，谢谢。'}

/** A mail server that keeps every message it is sent. */
async function startMailbox() {
  const received = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks = []
      stream.on('data', (c) => chunks.push(c))
      stream.on('end', () => {
        received.push({to: session.envelope.rcptTo.map((r) => r.address), ...parseMail(Buffer.concat(chunks).toString('utf8'))})
        callback()
      })
    },
  })
  const port = await freePort()
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  return {received, url: `smtp://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(resolve))}
}

// RFC 2047 words in headers and the body's transfer encoding: enough MIME to read what nodemailer
// writes for a single text/plain part.
function decodeWords(value) {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, kind, text) =>
    kind.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (__, h) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
  )
}

function parseMail(raw) {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/)
  const headers = {}
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':')
    if (i > 0) headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim()
  }
  const body = rest.join('\n\n')
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase()
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8')
        : body
  return {headers, subject: decodeWords(headers.subject ?? ''), text}
}

async function waitFor(what, check, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

/** "path status" of each POST the page sends, in order. */
function recordPosts(page) {
  const posts = []
  page.on('response', (response) => {
    if (response.request().method() === 'POST') posts.push(`${new URL(response.url()).pathname} ${response.status()}`)
  })
  return posts
}

async function errorTextFor(page, name) {
  const field = bookingForm(page).locator(`[name="${name}"]`).first()
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean)
  return (await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText().catch(() => '')))).join(' ')
}

async function chinesePatient({page, baseUrl, env, mailbox}, javaScriptEnabled) {
  await open(page, baseUrl, '/zh/book', {feature: 'the Chinese booking form (/zh/book)'})
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-Hans-SG', '/zh/book is not marked as Chinese')
  assert.match(await page.getByRole('heading', {level: 1}).innerText(), /预约/, 'the Chinese form has a Chinese heading')
  assert.match(await bookingForm(page).locator('label[for="phone"]').innerText(), /手机号码/, 'the phone label is Chinese')

  // A bad phone number: Chinese errors, the typed values kept, nothing stored.
  const fullName = `陈美玲 ${uniqueName(javaScriptEnabled ? 'Js' : 'NoJs').split(' ').pop()}`
  const before = enquiryRows(env).length
  await fillEnquiry(page, {fullName, phone: '12', ...CHINESE_PATIENT})
  let posts = recordPosts(page)
  await submit(page)
  await bookingForm(page).locator('[name="phone"][aria-invalid="true"]').waitFor()
  if (!javaScriptEnabled) assert.deepEqual(posts, ['/zh/book/submit 307', '/zh/book 200'], 'the rejected no-JavaScript POST took another path')
  const phoneError = await errorTextFor(page, 'phone')
  assert.match(phoneError, /请填写有效的电话号码/, `the phone error is not in Chinese: "${phoneError}"`)
  assert.match(await page.getByRole('alert').first().innerText(), /请检查/, 'the error summary is not in Chinese')
  assert.equal(await bookingForm(page).locator('[name="fullName"]').inputValue(), fullName, 'the typed name was lost')
  assert.equal(new URL(page.url()).pathname, '/zh/book', 'an invalid form left the Chinese form')
  assert.equal(enquiryRows(env).length, before, 'an invalid form stored an enquiry')

  // Corrected: stored, and the Chinese thanks page.
  await bookingForm(page).locator('[name="phone"]').fill('9123 4567')
  posts = recordPosts(page)
  await submit(page)
  await page.waitForURL(/\/zh\/book\/thanks\?ref=/, {timeout: 20_000})
  if (!javaScriptEnabled) assert.deepEqual(posts, ['/zh/book/submit 303'], 'the stored no-JavaScript POST took another path')
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-Hans-SG', 'the thanks page is not marked as Chinese')
  assert.match(await page.getByRole('heading', {level: 1}).innerText(), /谢谢您/, 'the thanks page heading is not Chinese')
  const row = findEnquiry(env, fullName)
  assert.equal(row.language, 'zh-Hans', 'the enquiry was not stored as Chinese')
  assert.equal(row.phone, '+6591234567')
  assert.ok((await page.locator('main').innerText()).includes(row.public_ref), 'the thanks page does not show the reference')

  // The acknowledgement, in Chinese, to the address the patient typed.
  const mail = await waitFor(`the acknowledgement of ${row.public_ref}`, () =>
    mailbox.received.find((m) => m.to.includes(CHINESE_PATIENT.email) && m.subject.includes(row.public_ref)),
  )
  assert.equal(mail.subject, `我们已收到您的咨询（${row.public_ref}）`)
  assert.ok(mail.text.includes(`${fullName} 您好：`) && mail.text.includes('我们已收到您的咨询'), `the acknowledgement body is not Chinese:\n${mail.text}`)
  assert.ok(!mail.text.includes(CHINESE_PATIENT.message), 'the acknowledgement repeats the message')
  return row
}

export async function chinesePatientOnAPhoneSendsAnEnquiryWithAndWithoutJavaScript(ctx) {
  const mailbox = await startMailbox()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-booking-e2e-'))
  const env = serverEnv({
    snapshotDir: ctx.snapshotDir,
    sqlitePath: path.join(dir, 'enquiries.sqlite'),
    extra: {
      ENQUIRY_MIN_FILL_SECONDS: '0',
      ENQUIRY_RATE_LIMIT: '1000',
      SMTP_URL: mailbox.url,
      MAIL_FROM: 'clinic-site@example.test',
      CLINIC_NOTIFY_EMAIL: 'clinic@example.test',
      ENQUIRY_SEND_ACKNOWLEDGEMENT: 'true',
    },
  })
  let server
  try {
    server = await startServer({env, appDir: ctx.appDir ?? ROOT, logFile: path.join(ctx.artifactsDir, 'zh-booking-server.log')})
    const rows = []
    for (const javaScriptEnabled of [true, false]) {
      const page = await ctx.newMobilePage({javaScriptEnabled})
      rows.push(await chinesePatient({page, baseUrl: server.baseUrl, env, mailbox}, javaScriptEnabled))
      if (javaScriptEnabled) assert.deepEqual(ctx.pageErrors(page), [], `errors in the page:\n${ctx.pageErrors(page).join('\n')}`)
      await page.context().close()
    }

    // The clinic's own notification stays English and names the language.
    const notification = await waitFor('the clinic notification', () =>
      mailbox.received.find((m) => m.to.includes('clinic@example.test') && m.subject.includes(rows[0].public_ref)),
    )
    assert.match(notification.subject, /^New website enquiry .*\[Chinese \(简体中文\)\]$/)
    assert.match(notification.text, /Form language: Chinese \(简体中文\)/)

    // Staff see both enquiries marked Chinese, in the inbox, the language filter and the enquiry page.
    addStaffUser(env)
    const staff = await ctx.newDesktopPage()
    await signIn(staff, server.baseUrl)
    for (const row of rows) {
      const badge = staff.locator(`tr:has(a[href="/staff/enquiries/${row.id}"]) [data-language="zh-Hans"]`)
      assert.match(await badge.innerText(), /中文 \/ Chinese/, `the inbox does not mark ${row.public_ref} as Chinese`)
    }
    await staff.locator('#filter-language').selectOption('zh-Hans')
    await staff.getByRole('button', {name: 'Filter'}).click()
    await staff.waitForURL(/language=zh-Hans/)
    assert.equal(await staff.locator('tbody tr').count(), rows.length, 'the language filter does not list just the Chinese enquiries')
    await staff.locator(`a[href="/staff/enquiries/${rows[0].id}"]`).click()
    await staff.waitForURL(`**/staff/enquiries/${rows[0].id}`)
    const detail = await staff.locator('#main').innerText()
    assert.match(detail, /Form language\s+Chinese \(简体中文\)/, 'the enquiry page does not name the language')
    await expectNoAxeViolations(staff, 'staff enquiry page with the language badge')
  } finally {
    await server?.stop()
    await mailbox.stop()
    fs.rmSync(dir, {recursive: true, force: true})
  }
}

async function axeInBothSchemes(ctx, pathname, feature, prepare) {
  for (const colorScheme of ['light', 'dark']) {
    const page = await ctx.newMobilePage({colorScheme})
    await open(page, ctx.baseUrl, pathname, {feature})
    if (prepare) await prepare(page)
    assert.ok(HAN.test(await page.locator('main').innerText()), `${new URL(page.url()).pathname} shows no Chinese text`)
    await expectNoAxeViolations(page, `${new URL(page.url()).pathname} (${colorScheme})`)
  }
}

export const axeOnChineseBookingForm = (ctx) => axeInBothSchemes(ctx, '/zh/book', 'the Chinese booking form')

export const axeOnChineseBookingFormWithErrors = (ctx) =>
  axeInBothSchemes(ctx, '/zh/book', 'the Chinese booking form', async (page) => {
    await fillEnquiry(page, {phone: '12', ...CHINESE_PATIENT})
    await submit(page)
    await page.locator('[aria-invalid="true"]').first().waitFor()
  })

export const axeOnChineseThanksPage = (ctx) =>
  axeInBothSchemes(ctx, '/zh/book', 'the Chinese booking form', async (page) => {
    await fillEnquiry(page, {fullName: `王小明 ${uniqueName('Axe').split(' ').pop()}`, ...CHINESE_PATIENT})
    await submit(page)
    await page.waitForURL(/\/zh\/book\/thanks/, {timeout: 20_000})
  })

export const axeOnChinesePrivacyNotice = (ctx) => axeInBothSchemes(ctx, '/zh/privacy', 'the Chinese privacy notice')

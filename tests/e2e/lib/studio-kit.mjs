// Driving the real Studio (sanity 5.31.2) in Chromium: sign-in with the demo editor's token, the
// document form, its actions. Selectors are the Studio's own data-testid attributes.
import path from 'node:path'
import {assert} from './kit.mjs'

// Offline, the Studio still tries Sanity's CDNs (its bridge script, the version check, feedback
// intake); the CSP or the missing network stops them. Nothing else may fail.
const OFFLINE_NOISE = /sanity-cdn\.com|api\.sanity\.io\/vX\/intake|Failed to fetch version for package|Content Security Policy directive/

export function unexpectedStudioErrors(errors) {
  return errors.filter((e) => !OFFLINE_NOISE.test(e))
}

/** Opens a document in the Studio, signed in through the `#token=` fragment `npm run edit` prints. */
export async function openDocumentInStudio(page, {baseUrl, token, id, type}) {
  // The first load of the Studio bundle on a busy machine can take longer than a page should.
  await page.goto(`${baseUrl}/studio/intent/edit/id=${id};type=${type}#token=${token}`, {timeout: 60_000})
  const title = page.locator('[data-testid="field-title"] input')
  await title.waitFor({timeout: 60_000})
  // Signed in: the Studio shows the current user's avatar, not a login screen.
  assert.equal(await page.getByText(/choose login provider|sign in/i).count(), 0, 'the Studio shows a sign-in screen')
  return {title, publish: page.locator('[data-testid="pane-footer"] [data-testid="action-publish"]'), status: page.locator('[data-testid="pane-footer-document-status-pulse"]')}
}

export async function waitUntil(check, {timeoutMs = 20_000, intervalMs = 100, what}) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`)
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}

/** Opens the document's action menu (beside Publish) and clicks the item whose text matches. */
export async function runDocumentAction(page, name) {
  await page.locator('[data-testid="pane-footer"] [data-testid="action-menu-button"]').click()
  const item = page.getByRole('menuitem', {name})
  await item.waitFor()
  await item.click()
}

// --- Watching the Studio for what an editor must never see -------------------------------------

/** What counts as the editor's input: typing, clicking, pasting, dropping, changing a field. */
export const EDITOR_INPUT_EVENTS = ['keydown', 'input', 'pointerdown', 'paste', 'drop', 'change']

// Runs in every page of the context: notes each time the footer says "Saving..." and for how long,
// so that a save that never resolves is caught however the test moves on.
function savingMonitor(inputEvents) {
  // The Studio shows "Saving..." for as long as the editor keeps changing the document (each change
  // starts another commit), so a save is timed from the later of its start and the editor's last
  // input: what must stay under the limit is the wait after the editor stops. When two editors
  // work on one document, every change either makes restarts the Studio's "Saved" countdown, so
  // a journey may move `lastInput` to the other editor's later input (studio-soak does).
  const state = {since: 0, lastInput: 0, episodes: [], longest: 0}
  window.__studioSaving = state
  for (const type of inputEvents) {
    document.addEventListener(type, () => (state.lastInput = Date.now()), {capture: true})
  }
  setInterval(() => {
    const saving = [...document.querySelectorAll('[data-testid="pane-footer-document-status-pulse"]')].some((el) => /Saving/.test(el.textContent ?? ''))
    const now = Date.now()
    if (saving && !state.since) state.since = now
    if (!saving && state.since) {
      const ms = now - Math.max(state.since, state.lastInput)
      // Kept with its times, so a slow one can be laid beside the requests and events around it.
      state.episodes.push({ms, since: state.since, lastInput: state.lastInput, end: now})
      state.longest = Math.max(state.longest, ms)
      state.since = 0
    }
  }, 50)
}

let debugLogs = 0

/**
 * Installs the "Saving..." monitor in a browser context (before its pages load). With
 * E2E_STUDIO_DEBUG=1 the Studio's own debug log (`sanity:*`) of each context is written to
 * test-results/e2e/studio-debug-<n>.log, to see what a stuck save or publish waits for.
 */
export async function watchSaving(context) {
  await context.addInitScript(savingMonitor, EDITOR_INPUT_EVENTS)
  if (process.env.E2E_STUDIO_DEBUG !== '1') return
  const {appendFileSync, mkdirSync} = await import('node:fs')
  const dir = path.join(process.cwd(), 'test-results/e2e')
  mkdirSync(dir, {recursive: true})
  const file = path.join(dir, `studio-debug-${++debugLogs}.log`)
  await context.addInitScript(() => window.localStorage.setItem('debug', 'sanity:*'))
  context.on('console', (msg) => appendFileSync(file, `${new Date().toISOString()} ${msg.type()} ${msg.text()}\n`))
  context.on('request', (req) => {
    if (/\/data\/(mutate|actions)\//.test(req.url())) appendFileSync(file, `${new Date().toISOString()} REQUEST ${req.method()} ${req.url()} ${req.postData() ?? ''}\n`)
  })
}

/** The monitor's figures: how many saves, the longest in ms, and how long one has been open now. */
export async function savingFigures(page) {
  return page.evaluate(() => {
    const s = window.__studioSaving
    if (!s) return {count: 0, longest: 0, openMs: 0}
    return {count: s.episodes.length + (s.since ? 1 : 0), longest: s.longest, openMs: s.since ? Date.now() - Math.max(s.since, s.lastInput) : 0}
  })
}

/** Waits until no "Saving..." shows, failing when one lasts longer than `limitMs`. */
export async function expectSavesResolve(page, {limitMs = 5000, who = 'the editor'} = {}) {
  const f = await waitUntil(
    async () => {
      const figures = await savingFigures(page)
      return figures.openMs === 0 || figures.openMs > limitMs ? figures : undefined
    },
    {timeoutMs: limitMs + 2000, intervalMs: 50, what: `${who}'s "Saving..." to resolve`},
  )
  assert.ok(f.openMs === 0, `${who}: "Saving..." has shown for ${f.openMs} ms, over ${limitMs} ms`)
  assert.ok(f.longest <= limitMs, `${who}: a "Saving..." lasted ${f.longest} ms, over ${limitMs} ms`)
}

/** Console errors the issue names: a crash while typing and the listener's reconnect loop. */
export const NAMED_STUDIO_ERRORS = /Index out of bounds|No activity within|Reconnecting|tool crashed/

/** Fails when the Studio shows its crash screen ("The structure tool crashed", "An error occurred"). */
export async function expectNoCrashScreen(page, who = 'the editor') {
  const crash = page.locator('[data-testid="studio-error-screen"]').or(page.getByText(/tool crashed/))
  if ((await crash.count()) === 0) return
  const text = (await crash.first().innerText().catch(() => '')).replace(/\s+/g, ' ').slice(0, 400)
  throw new Error(`${who} sees the Studio's crash screen: ${text}`)
}

// --- The document form ------------------------------------------------------------------------

export const footer = (page) => page.locator('[data-testid="pane-footer"]')
export const publishButton = (page) => footer(page).locator('[data-testid="action-publish"]')
/**
 * A field of the form by its path (`title`, `coverImage.alt`). Most fields carry
 * data-testid="field-<path>"; image, reference and boolean fields do not, and are found from their
 * field-actions menu, which every field has.
 */
export function field(page, path) {
  const own = page.locator(`[data-testid="field-${path}"]`)
  const byMenu = page
    .locator(`[data-testid="field-actions-menu-${path}"]`)
    .locator('xpath=ancestor::*[.//input or .//textarea or .//*[@contenteditable="true"]][1]')
    .filter({hasNot: own})
  return own.or(byMenu).first()
}

/** A button of the rich-text toolbar (it renders hidden copies of each to measure the space). */
export const toolbarButton = (page, path, name) => field(page, path).locator(`[data-testid="action-button-${name}"]:visible`).first()

/** Signs in with the demo editor's token and opens a Studio path. */
export async function openStudio(page, {baseUrl, token, path = '/studio'}) {
  await page.goto(`${baseUrl}${path}#token=${token}`, {timeout: 60_000})
}

/**
 * Starts a new document of `type` from an empty form, as an editor does from the "+" menu (the
 * same intent). Returns its id (without the drafts. prefix).
 */
export async function createDocument(page, {baseUrl, token, type, firstField}) {
  await openStudio(page, {baseUrl, token, path: `/studio/intent/create/template=${type};type=${type}`})
  await field(page, firstField).waitFor({timeout: 60_000})
  const id = await waitUntil(() => /[;,]([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/.exec(decodeURIComponent(page.url()))?.[1], {
    what: `the new ${type}'s id in the address`,
  })
  return id
}

/** Shows every field of a form with groups (the "All fields" tab). */
export async function showAllFields(page) {
  // Tabs when the pane is wide enough, a select when it is not.
  const tab = page.locator('[data-testid="group-tab-all-fields"]:visible')
  const select = page.locator('select[data-testid="field-group-select"]:visible, [data-testid="field-group-select"]:visible select')
  await waitUntil(async () => (await tab.count()) + (await select.count()) > 0, {what: 'the field groups'})
  if ((await tab.count()) > 0) {
    // The form above it can still be moving (the "Used on N pages" panel loads late): click until selected.
    await waitUntil(
      async () => {
        if ((await tab.first().getAttribute('aria-selected')) === 'true') return true
        await tab.first().click({timeout: 2000}).catch(() => {})
        return false
      },
      {what: 'the "All fields" tab to be selected'},
    )
  } else await select.first().selectOption({label: 'All fields'})
}

export async function fillText(page, path, value) {
  const input = field(page, path).locator('input, textarea').first()
  await input.fill(value)
  await waitUntil(async () => (await input.inputValue()) === value, {what: `${path} to hold the typed text`})
}

/** The slug's "Generate" button, from the title or name. */
export async function generateSlug(page, path = 'slug') {
  const f = field(page, path)
  await f.getByRole('button', {name: /generate/i}).click()
  await waitUntil(async () => (await f.locator('input').first().inputValue()).length > 0, {what: `${path} to be generated`})
}

/** Picks the first document a reference search for `query` offers. */
export async function pickReference(page, path, query) {
  const f = field(page, path)
  const input = f.locator('[data-testid="reference-input"] input, [data-testid="autocomplete"]').last()
  await input.click()
  await input.fill(query)
  const option = page.locator('[data-testid="autocomplete-popover"] [role="option"], [data-testid="autocomplete-popover"] button').first()
  await option.waitFor({timeout: 15_000})
  await option.click()
  await waitUntil(async () => (await f.locator('[data-testid="autocomplete"]').count()) === 0 || (await f.getByRole('link').count()) > 0, {
    what: `${path} to show the chosen document`,
  })
}

/** Adds an item to an array of references and picks the first search result for `query`. */
export async function addReference(page, path, query) {
  const f = field(page, path)
  await f.getByRole('button', {name: /add item/i}).first().click()
  await pickReference(page, path, query)
}

/** Uploads an image file into an image field and waits until the Studio shows it. */
export async function uploadImage(page, path, file) {
  const f = field(page, path)
  await f.locator('input[type="file"]').first().setInputFiles(file)
  await f.locator('img').first().waitFor({timeout: 30_000})
}

// A Publish clicked while the last edit is still being saved is scheduled by the Studio for when
// saving and validation are done, and can then be lost: the button says "Publishing..." for a moment and
// no request leaves, although the lake answered every commit and sent every listener event. The
// Studio runs every operation on a document through one switchMap (sanity's operationEvents), so a
// pending Publish is dropped by any later operation on that document, the auto-commit it sends
// shortly after an edit among them. An editor reaches for Publish once the footer no longer
// says "Saving..."; the journeys wait for the same.
const AUTO_COMMIT_WINDOW_MS = 1000

/** Waits until the last edit is past the Studio's commit throttle and the footer no longer says "Saving...". */
export async function waitForSaved(page, {timeoutMs = 30_000} = {}) {
  await waitUntil(
    async () =>
      page.evaluate((windowMs) => {
        const s = window.__studioSaving
        const saving = [...document.querySelectorAll('[data-testid="pane-footer-document-status-pulse"]')].some((el) => /Saving/.test(el.textContent ?? ''))
        return !saving && (!s || (!s.since && Date.now() - s.lastInput > windowMs + 200))
      }, AUTO_COMMIT_WINDOW_MS),
    {timeoutMs, intervalMs: 100, what: 'the Studio to show the last edit saved'},
  )
}

/** Publishes through the footer's Publish button once validation allows it; resolves on the lake's answer. */
export async function publish(page, {timeoutMs = 30_000} = {}) {
  const button = publishButton(page)
  await waitUntil(async () => (await button.count()) > 0 && !(await button.isDisabled()), {timeoutMs, what: 'Publish to be enabled'}).catch(async (e) => {
    throw new Error(`${e.message}; fields with errors now: ${(await fieldsWithErrors(page)).join(', ') || 'none shown'}`)
  })
  await waitForSaved(page, {timeoutMs})
  const answered = page.waitForResponse((r) => r.url().includes('/data/actions/') && (r.request().postData() ?? '').includes('sanity.action.document.publish'), {timeout: timeoutMs})
  answered.catch(() => {})
  if (process.env.E2E_STUDIO_DEBUG === '1') await page.evaluate(() => console.log(`e2e: Publish clicked at ${new Date().toISOString()}`))
  await button.click()
  // Publish waits for validation to finish; when it finds an error, nothing is sent.
  const response = await answered.catch(async () => {
    throw new Error(`Publish was clicked but sent nothing within ${timeoutMs / 1000} s; fields with errors: ${(await fieldsWithErrors(page)).join(', ') || 'none shown'}`)
  })
  assert.equal(response.status(), 200, `the publish action answered ${response.status()}`)
}

/**
 * What blocks Publish, for a failure message: the Studio's validation panel (it names fields
 * inside collapsed objects too), or else the innermost fields that show an error marker.
 */
export async function fieldsWithErrors(page) {
  const toggle = page.locator('[data-testid="pane-header"] button[aria-label*="alidation"]').first()
  if ((await toggle.count()) > 0) {
    await toggle.click().catch(() => {})
    const panel = page.locator('[data-testid="document-panel-portal"], [role="dialog"], [data-ui="Popover"]').filter({hasText: /error|required/i}).first()
    const text = await panel.innerText({timeout: 3000}).catch(() => '')
    if (text) return [text.replace(/\s+/g, ' ').slice(0, 400)]
  }
  return page
    .locator('[data-testid^="field-"]:has([data-testid="input-validation-icon-error"])')
    .evaluateAll((els) =>
      els
        .filter((el) => !/^field-group/.test(el.getAttribute('data-testid')))
        .filter((el) => !els.some((other) => other !== el && el.contains(other) && !/^field-group/.test(other.getAttribute('data-testid'))))
        .map((el) => el.getAttribute('data-testid').slice('field-'.length)),
    )
    .catch(() => [])
}

// --- The lake, read over HTTP as the site reads it ----------------------------------------------

const API_VERSION = 'v2025-02-19'

/** A GROQ query against the local Content Lake's plain-HTTP port, with the demo editor's token. */
export async function queryLake(lake, query, params = {}, perspective = 'raw') {
  const search = new URLSearchParams({query, perspective})
  for (const [key, value] of Object.entries(params)) search.set(`$${key}`, JSON.stringify(value))
  const res = await fetch(`${lake.httpUrl}/${API_VERSION}/data/query/${lake.dataset}?${search}`, {headers: {authorization: `Bearer ${lake.token}`}, signal: AbortSignal.timeout(10_000)})
  assert.equal(res.status, 200, `the lake answered ${res.status} to ${query}`)
  return (await res.json()).result
}

/**
 * Deletes documents straight through the lake's mutate API (the webhook tells the site), for a
 * journey to leave the dataset as later journeys expect it (e.g. six posts to a /blog page).
 */
export async function deleteFromLake(lake, ids) {
  const res = await fetch(`${lake.httpUrl}/${API_VERSION}/data/mutate/${lake.dataset}`, {
    method: 'POST',
    headers: {authorization: `Bearer ${lake.token}`, 'content-type': 'application/json'},
    body: JSON.stringify({mutations: ids.map((id) => ({delete: {id}}))}),
    signal: AbortSignal.timeout(10_000),
  })
  assert.equal(res.status, 200, `the lake answered ${res.status} to deleting ${ids.join(', ')}`)
}

/** The plain text of each Portable Text block (non-text blocks as `[_type]`). */
export function blockTexts(blocks = []) {
  return (blocks ?? []).map((b) => (b._type === 'block' ? (b.children ?? []).map((c) => c.text ?? '').join('') : `[${b._type}]`))
}

/** Writes a valid greyscale PNG (a flat image with a band whose shade is `seed`) for uploads. */
export async function writeTestPng(file, {width = 1200, height = 630, seed = 128} = {}) {
  const {deflateSync} = await import('node:zlib')
  const {writeFileSync} = await import('node:fs')
  const crc = (buf) => {
    let c = 0xffffffff
    for (const byte of buf) {
      c ^= byte
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    }
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const out = Buffer.alloc(12 + data.length)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc(body), 8 + data.length)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8
  const rows = Buffer.concat(Array.from({length: height}, (_, y) => Buffer.concat([Buffer.from([0]), Buffer.alloc(width, y < height / 3 ? seed : 200)])))
  writeFileSync(file, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]))
  return file
}

export async function fillDate(page, path, value) {
  const input = field(page, path).locator('input').first()
  await input.fill(value)
  await input.press('Tab')
}

/** The Portable Text editor's editable area inside a field. */
export const richText = (page, path) => field(page, path).locator('[role="textbox"][contenteditable="true"]').first()

/** The text of each block in a rich-text field, as the editor shows it. */
export const richTextBlocks = (page, path) => richText(page, path).locator('[data-testid="text-block__text"]').allInnerTexts()

export async function typeIntoRichText(page, path, text) {
  const editable = richText(page, path)
  await editable.click()
  await page.keyboard.type(text, {delay: 5})
  await waitUntil(async () => (await editable.innerText()).includes(text), {what: `${path} to show the typed text`})
}

/**
 * Fills what a new post requires, in the order of the form: title, address, excerpt, cover image
 * with its alternative text, body, a category, author, medical reviewer, date of the review.
 */
export async function fillNewPost(page, {title, excerpt, coverFile, alt, body, category, author, reviewer, reviewedOn = '2026-11-30'}) {
  await showAllFields(page)
  await fillText(page, 'title', title)
  await generateSlug(page)
  await fillText(page, 'excerpt', excerpt)
  await uploadImage(page, 'coverImage', coverFile)
  await fillText(page, 'coverImage.alt', alt)
  await typeIntoRichText(page, 'body', body)
  await addReference(page, 'categories', category)
  await pickReference(page, 'author', author)
  await pickReference(page, 'medicalReviewer', reviewer)
  await fillDate(page, 'lastReviewedAt', reviewedOn)
}

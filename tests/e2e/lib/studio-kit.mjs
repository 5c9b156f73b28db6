// Driving the real Studio (sanity 5.31.2) in Chromium: sign-in with the demo editor's token, the
// document form, its actions. Selectors are the Studio's own data-testid attributes.
import {assert} from './kit.mjs'

// Offline, the Studio still tries Sanity's CDNs (its bridge script, the version check, feedback
// intake); the CSP or the missing network stops them. Nothing else may fail.
const OFFLINE_NOISE = /sanity-cdn\.com|api\.sanity\.io\/vX\/intake|Failed to fetch version for package|Content Security Policy directive/

export function unexpectedStudioErrors(errors) {
  return errors.filter((e) => !OFFLINE_NOISE.test(e))
}

/** Opens a document in the Studio, signed in through the `#token=` fragment `npm run edit` prints. */
export async function openDocumentInStudio(page, {baseUrl, token, id, type}) {
  await page.goto(`${baseUrl}/studio/intent/edit/id=${id};type=${type}#token=${token}`)
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

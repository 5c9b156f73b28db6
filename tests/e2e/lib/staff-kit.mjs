// Staff accounts and sign-in for journeys: the staff scripts as an operator runs them, the sign-in
// form as a person uses it.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {ROOT} from './app-server.mjs'
import {assert, FeatureMissing, open} from './kit.mjs'

export const STAFF = {email: 'front-desk.e2e@example.com', name: 'Front Desk E2E', password: 'correct horse battery staple e2e'}

export function runStaffScript(env, script, args, extraEnv = {}) {
  return spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['--conditions=react-server', `scripts/${script}`, ...args], {
    cwd: ROOT,
    env: {...env, ...extraEnv},
    encoding: 'utf8',
    timeout: 60_000,
  })
}

export function addStaffUser(env, account = STAFF) {
  if (!fs.existsSync(path.join(ROOT, 'scripts/staff-add.ts'))) throw new FeatureMissing('scripts/staff-add.ts (npm run staff:add) has not landed yet')
  const r = runStaffScript(env, 'staff-add.ts', ['--email', account.email, '--name', account.name], {STAFF_PASSWORD: account.password})
  assert.equal(r.status, 0, `npm run staff:add failed:\n${r.stdout}${r.stderr}`)
}

export async function signIn(page, baseUrl, account = STAFF) {
  await open(page, baseUrl, '/staff/login', {feature: 'the staff sign-in page (booking issue)'})
  await page.locator('input[name="email"]').fill(account.email)
  await page.locator('input[name="password"]').fill(account.password)
  await page.getByRole('button', {name: /sign in/i}).click()
  await page.waitForURL((url) => url.pathname === '/staff')
}

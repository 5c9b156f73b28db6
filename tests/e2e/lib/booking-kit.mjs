// Filling and submitting the booking form the way a patient does, with or without JavaScript.
import fs from 'node:fs'
import path from 'node:path'
import {createRequire} from 'node:module'
import {assert} from './kit.mjs'

const require = createRequire(import.meta.url)

export const VALID = {
  fullName: 'Siti Nur’aini binte Ahmad',
  phone: '+65 9123 4567',
  email: 'siti.e2e@example.com',
  message: 'I would like to ask about my pores.',
}

/** The form on the current page (the one with the consent checkbox). */
export function bookingForm(page) {
  return page.locator('form').filter({has: page.locator('[name="consent"]')})
}

export async function fillEnquiry(page, values = {}) {
  const v = {...VALID, ...values}
  const form = bookingForm(page)
  await form.waitFor()
  await form.locator('[name="fullName"]').fill(v.fullName)
  await form.locator('[name="phone"]').fill(v.phone)
  await form.locator('[name="email"]').fill(v.email)
  const patientType = form.locator('[name="patientType"]')
  if ((await patientType.first().getAttribute('type')) === 'radio') await form.locator('[name="patientType"][value="new"]').check()
  else await patientType.selectOption('new')
  const day = form.locator('[name="preferredDays"][value="sat"]')
  if (await day.count()) await day.check()
  if (v.message !== undefined) await form.locator('[name="message"]').fill(v.message)
  if (v.consent !== false) await form.locator('[name="consent"]').check()
  return form
}

export async function submit(page) {
  const form = bookingForm(page)
  const button = form.locator('button[type="submit"], button:not([type]), input[type="submit"]').last()
  await button.click()
}

/** Submits a valid enquiry from /book and waits for the confirmation page. */
export async function submitValidEnquiry(page, values = {}) {
  await fillEnquiry(page, values)
  await submit(page)
  await page.waitForURL(/\/book\/thanks/, {timeout: 20_000})
  // With JavaScript the action's redirect is a client navigation: the address changes before the
  // new page's metadata has streamed in, and for that moment the document has no <title>. Wait for
  // it (a page that never gets one still fails the checks that follow, axe's included).
  await page.waitForFunction(() => document.title.trim() !== '', null, {timeout: 10_000}).catch(() => {})
}

/** Opens the enquiry database the server writes (SQLite in the sandbox), read-only. */
export function enquiryRows(env) {
  const file = path.resolve(env.SQLITE_PATH)
  if (!fs.existsSync(file)) return []
  const Database = require('better-sqlite3')
  const db = new Database(file, {readonly: true, fileMustExist: true})
  try {
    const exists = db.prepare("select name from sqlite_master where type='table' and name='enquiries'").get()
    return exists ? db.prepare('select * from enquiries order by created_at').all() : []
  } finally {
    db.close()
  }
}

export function findEnquiry(env, fullName) {
  const row = enquiryRows(env).find((r) => r.full_name === fullName)
  assert.ok(row, `no enquiry from "${fullName}" in the database`)
  return row
}

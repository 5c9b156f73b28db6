'use server'

import {cookies, headers} from 'next/headers'
import {redirect} from 'next/navigation'
import {log} from '@/lib/platform/log'
import {clientIpFrom} from '@/lib/platform/http/client-ip'
import {getDatabase} from '@/lib/platform/database/db'
import {requeueJob, drainOutbox} from '@/lib/enquiries'
import type {FormState} from '@/lib/platform/forms/form-state'
import {addEnquiryNote, changeEnquiryStatus, deleteEnquiry, recordAudit, attemptStaffLogin, signIn, signOut, validatedActionWithStaff} from '@/lib/staff'
import {getSessionSecret} from '@/lib/platform/session-secret'
import {env} from '@/lib/platform/env'
import {validatedAction} from '@/lib/platform/forms/validated-action'
import {
  DEVICE_COOKIE_MAX_AGE_SECONDS,
  deviceCookieName,
  sessionCookieOptions,
  STAFF_ALERTS,
  type StaffAlertCode,
  deleteSchema,
  idSchema,
  loginSchema,
  noteSchema,
  retrySchema,
  statusSchema,
} from '@/lib/staff'
import {staffPaths} from '@/lib/routes/paths'

export const login = validatedAction(loginSchema, async ({email, password}) => {
  const {db} = await getDatabase()
  const secret = getSessionSecret()
  const jar = await cookies()
  const deviceCookie = deviceCookieName(secret, email)
  const attempt = await attemptStaffLogin(db, {
    email,
    password,
    ip: clientIpFrom(await headers()),
    secret,
    deviceCookie: jar.get(deviceCookie)?.value,
  })
  if (attempt.kind === 'wait') {
    log.warn('staff.login_backoff', {seconds: attempt.seconds})
    return {
      status: 'error',
      fieldErrors: {},
      values: {email},
      formError: `Too many wrong passwords. Wait ${attempt.seconds} second${attempt.seconds === 1 ? '' : 's'}, then try again.`,
    }
  }
  if (attempt.kind === 'wrong') {
    log.info('staff.login_failed', {})
    return {status: 'error', fieldErrors: {}, values: {email}, formError: 'That email and password do not match an active account.'}
  }
  jar.set(deviceCookie, attempt.deviceCookie, {...sessionCookieOptions(env()), maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS})
  await signIn(attempt.staff)
  log.info('staff.login', {staffId: attempt.staff.id})
  redirect(staffPaths.inbox())
})

export async function logout(): Promise<void> {
  await signOut()
  redirect(staffPaths.login())
}

/**
 * A bad form goes back to its enquiry with an alert code (the schemas' messages below are codes
 * of lib/staff/alert-messages.ts), or to the inbox when the id itself is bad.
 */
const backToEnquiry =
  (code?: StaffAlertCode) =>
  (state: FormState, formData: FormData): string => {
    const id = String(formData.get('id') ?? '')
    if (!idSchema.safeParse(id).success) return staffPaths.inbox()
    const first = Object.values(state.fieldErrors)[0]
    const error: StaffAlertCode = code ?? (first && Object.hasOwn(STAFF_ALERTS, first) ? (first as StaffAlertCode) : 'not-saved')
    return staffPaths.enquiry(id, {error})
  }
const NOT_FOUND = staffPaths.inbox({error: 'not-found' satisfies StaffAlertCode})

export const updateStatus = validatedActionWithStaff(
  statusSchema,
  () => staffPaths.inbox({error: 'not-saved' satisfies StaffAlertCode}),
  async ({id, status, note}, staff) => {
    const {db} = await getDatabase()
    if (!(await changeEnquiryStatus(db, {id, status, note, staff}))) return NOT_FOUND
    return staffPaths.enquiry(id, {saved: 'status'})
  },
)

export const addNote = validatedActionWithStaff(noteSchema, backToEnquiry(), async (data, staff) => {
  const {db} = await getDatabase()
  if (!(await addEnquiryNote(db, {...data, staff}))) return NOT_FOUND
  return staffPaths.enquiry(data.id, {saved: 'note'})
})

const DELETION_REASONS = {withdrawal: 'Consent withdrawn (PDPA)', duplicate: 'Duplicate enquiry', spam: 'Spam'} as const

export const removeEnquiry = validatedActionWithStaff(
  deleteSchema,
  backToEnquiry('confirm-delete'),
  async ({id, reason}, staff) => {
    const {db} = await getDatabase()
    await deleteEnquiry(db, {id, staff, reason: DELETION_REASONS[reason]})
    log.info('enquiry.deleted', {enquiryId: id, staffId: staff.id, reason})
    return staffPaths.inbox({deleted: '1'})
  },
)

export const retryNotification = validatedActionWithStaff(
  retrySchema,
  () => staffPaths.inbox(),
  async ({id, jobId}, staff) => {
    const {db} = await getDatabase()
    if (await requeueJob(db, {jobId, enquiryId: id})) {
      await recordAudit(db, staff, {action: 'retry_notification', enquiry_id: id})
      void drainOutbox()
    }
    return staffPaths.enquiry(id, {saved: 'retry'})
  },
)

export type LoginState = FormState<'email' | 'password'>

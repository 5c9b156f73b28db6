'use server'

import {cookies, headers} from 'next/headers'
import {redirect} from 'next/navigation'
import {z} from 'zod'
import {log} from '@/lib/platform/log'
import {clientIpFrom} from '@/lib/platform/http/client-ip'
import {getDatabase} from '@/lib/platform/database/db'
import {ENQUIRY_STATUSES} from '@/lib/platform/database/schema'
import {EMAIL_MAX_LENGTH} from '@/lib/enquiries/form-fields'
import type {FormState} from '@/lib/platform/forms/form-state'
import {addEnquiryNote, changeEnquiryStatus, deleteEnquiry, recordAudit} from '@/lib/staff/inbox'
import {requeueJob} from '@/lib/enquiries/outbox'
import {attemptStaffLogin} from '@/lib/staff/login-throttle'
import {getSessionSecret} from '@/lib/platform/session-secret'
import {signIn, signOut, sessionCookieOptions} from '@/lib/staff/auth'
import {env} from '@/lib/platform/env'
import {DEVICE_COOKIE_MAX_AGE_SECONDS, deviceCookieName} from '@/lib/staff/trusted-device'
import {validatedAction} from '@/lib/platform/forms/validated-action'
import {validatedActionWithStaff} from '@/lib/staff/validated-staff-action'
import {staffPaths} from '@/lib/routes/paths'
import {drainOutbox} from '@/lib/enquiries/background'

const loginSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, {message: 'Enter your email address.'}).max(EMAIL_MAX_LENGTH),
  password: z.string().min(1, {message: 'Enter your password.'}).max(200),
})

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

const idSchema = z.string().uuid()

/** A bad form goes back to its enquiry with the message, or to the inbox when the id itself is bad. */
const backToEnquiry =
  (message?: string) =>
  (state: FormState, formData: FormData): string => {
    const id = String(formData.get('id') ?? '')
    if (!idSchema.safeParse(id).success) return staffPaths.inbox()
    const error = message ?? Object.values(state.fieldErrors)[0] ?? 'The change could not be saved.'
    return staffPaths.enquiry(id, {error})
  }
const NOT_FOUND = staffPaths.inbox({error: 'not-found'})

const statusSchema = z.object({
  id: idSchema,
  status: z.enum(ENQUIRY_STATUSES),
  note: z.string().trim().max(2000).optional().default(''),
})

export const updateStatus = validatedActionWithStaff(
  statusSchema,
  () => staffPaths.inbox({error: 'That change could not be saved.'}),
  async ({id, status, note}, staff) => {
    const {db} = await getDatabase()
    if (!(await changeEnquiryStatus(db, {id, status, note, staff}))) return NOT_FOUND
    return staffPaths.enquiry(id, {saved: 'status'})
  },
)

const noteSchema = z.object({
  id: idSchema,
  note: z.string().trim().min(1, {message: 'Write a note first.'}).max(2000, {message: 'Keep notes to 2,000 characters.'}),
})

export const addNote = validatedActionWithStaff(noteSchema, backToEnquiry(), async (data, staff) => {
  const {db} = await getDatabase()
  if (!(await addEnquiryNote(db, {...data, staff}))) return NOT_FOUND
  return staffPaths.enquiry(data.id, {saved: 'note'})
})

const deleteSchema = z.object({
  id: idSchema,
  confirm: z.literal('yes', {error: 'Tick the box to confirm the deletion.'}),
  reason: z.enum(['withdrawal', 'duplicate', 'spam']),
})
const DELETION_REASONS = {withdrawal: 'Consent withdrawn (PDPA)', duplicate: 'Duplicate enquiry', spam: 'Spam'} as const

export const removeEnquiry = validatedActionWithStaff(
  deleteSchema,
  backToEnquiry('Tick the box to confirm the deletion.'),
  async ({id, reason}, staff) => {
    const {db} = await getDatabase()
    await deleteEnquiry(db, {id, staff, reason: DELETION_REASONS[reason]})
    log.info('enquiry.deleted', {enquiryId: id, staffId: staff.id, reason})
    return staffPaths.inbox({deleted: '1'})
  },
)

const retrySchema = z.object({id: idSchema, jobId: idSchema})

export const retryNotification = validatedActionWithStaff(
  retrySchema,
  () => staffPaths.inbox(),
  async ({id, jobId}, staff) => {
    const {db} = await getDatabase()
    if (await requeueJob(db, jobId)) {
      await recordAudit(db, staff, {action: 'retry_notification', enquiry_id: id})
      void drainOutbox()
    }
    return staffPaths.enquiry(id, {saved: 'retry'})
  },
)

export type LoginState = FormState<'email' | 'password'>

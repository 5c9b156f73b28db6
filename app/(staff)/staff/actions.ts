'use server'

import {headers} from 'next/headers'
import {redirect} from 'next/navigation'
import {z} from 'zod'
import {log} from '@/lib/log'
import {clientIpFrom} from '@/lib/enquiries/client-ip'
import {getEnquiryDb} from '@/lib/enquiries/db'
import {ENQUIRY_STATUSES} from '@/lib/enquiries/db-schema'
import type {FormState} from '@/lib/enquiries/form-state'
import {addEnquiryNote, changeEnquiryStatus, deleteEnquiry, recordAudit} from '@/lib/enquiries/inbox'
import {requeueJob} from '@/lib/enquiries/outbox'
import {attemptStaffLogin} from '@/lib/enquiries/login-throttle'
import {getSessionSecret} from '@/lib/enquiries/session-secret'
import {requireStaff, signIn, signOut} from '@/lib/enquiries/staff-auth'
import {parseForm, validatedAction} from '@/lib/enquiries/validated-action'
import {drainOutbox} from '@/lib/enquiries/background'

const loginSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, {message: 'Enter your email address.'}).max(254),
  password: z.string().min(1, {message: 'Enter your password.'}).max(200),
})

export const login = validatedAction(loginSchema, async ({email, password}) => {
  const {db} = await getEnquiryDb()
  const attempt = await attemptStaffLogin(db, {
    email,
    password,
    ip: clientIpFrom(await headers()),
    secret: getSessionSecret(),
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
  await signIn(attempt.staff)
  log.info('staff.login', {staffId: attempt.staff.id})
  redirect('/staff')
})

export async function logout(): Promise<void> {
  await signOut()
  redirect('/staff/login')
}

const idSchema = z.string().uuid()

const statusSchema = z.object({
  id: idSchema,
  status: z.enum(ENQUIRY_STATUSES),
  note: z.string().trim().max(2000).optional().default(''),
})

export async function updateStatus(formData: FormData): Promise<void> {
  const staff = await requireStaff()
  const parsed = parseForm(statusSchema, formData)
  if (!parsed.ok) redirect(`/staff?error=${encodeURIComponent('That change could not be saved.')}`)
  const {db} = await getEnquiryDb()
  const {id, status, note} = parsed.data
  const found = await changeEnquiryStatus(db, {id, status, note, staff})
  if (!found) redirect('/staff?error=not-found')
  redirect(`/staff/enquiries/${id}?saved=status`)
}

const noteSchema = z.object({
  id: idSchema,
  note: z.string().trim().min(1, {message: 'Write a note first.'}).max(2000, {message: 'Keep notes to 2,000 characters.'}),
})

export async function addNote(formData: FormData): Promise<void> {
  const staff = await requireStaff()
  const parsed = parseForm(noteSchema, formData)
  const id = String(formData.get('id') ?? '')
  if (!parsed.ok) {
    const message = Object.values(parsed.state.fieldErrors)[0] ?? 'The note could not be saved.'
    redirect(idSchema.safeParse(id).success ? `/staff/enquiries/${id}?error=${encodeURIComponent(message)}` : '/staff')
  }
  const {db} = await getEnquiryDb()
  if (!(await addEnquiryNote(db, {...parsed.data, staff}))) redirect('/staff?error=not-found')
  redirect(`/staff/enquiries/${parsed.data.id}?saved=note`)
}

const deleteSchema = z.object({
  id: idSchema,
  confirm: z.literal('yes', {error: 'Tick the box to confirm the deletion.'}),
  reason: z.enum(['withdrawal', 'duplicate', 'spam']),
})

export async function removeEnquiry(formData: FormData): Promise<void> {
  const staff = await requireStaff()
  const parsed = parseForm(deleteSchema, formData)
  const id = String(formData.get('id') ?? '')
  if (!parsed.ok) {
    redirect(idSchema.safeParse(id).success ? `/staff/enquiries/${id}?error=${encodeURIComponent('Tick the box to confirm the deletion.')}` : '/staff')
  }
  const {db} = await getEnquiryDb()
  const reasons = {withdrawal: 'Consent withdrawn (PDPA)', duplicate: 'Duplicate enquiry', spam: 'Spam'} as const
  await deleteEnquiry(db, {id: parsed.data.id, staff, reason: reasons[parsed.data.reason]})
  log.info('enquiry.deleted', {enquiryId: parsed.data.id, staffId: staff.id, reason: parsed.data.reason})
  redirect('/staff?deleted=1')
}

const retrySchema = z.object({id: idSchema, jobId: idSchema})

export async function retryNotification(formData: FormData): Promise<void> {
  const staff = await requireStaff()
  const parsed = parseForm(retrySchema, formData)
  if (!parsed.ok) redirect('/staff')
  const {db} = await getEnquiryDb()
  if (await requeueJob(db, parsed.data.jobId)) {
    await recordAudit(db, staff, {action: 'retry_notification', enquiry_id: parsed.data.id})
    void drainOutbox()
  }
  redirect(`/staff/enquiries/${parsed.data.id}?saved=retry`)
}

export type LoginState = FormState<'email' | 'password'>

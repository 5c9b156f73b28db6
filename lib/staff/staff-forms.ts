import {z} from 'zod'
import {ENQUIRY_STATUSES} from '@/lib/platform/database/schema'
import {plainText} from '@/lib/platform/forms/plain-text'
import {EMAIL_MAX_LENGTH} from '@/lib/enquiries'

// The staff forms' schemas. Every free-text field goes through plainText, so a stray control
// character (Postgres refuses NUL) is dropped instead of failing the request. Messages of the
// inbox's forms are alert codes (lib/staff/alert-messages.ts); the login form shows its own.
export const idSchema = z.string().uuid()

export const loginSchema = z.object({
  email: plainText()
    .transform((v) => v.toLowerCase())
    .pipe(z.string().min(1, {message: 'Enter your email address.'}).max(EMAIL_MAX_LENGTH)),
  password: z.string().min(1, {message: 'Enter your password.'}).max(200),
})

export const statusSchema = z.object({
  id: idSchema,
  status: z.enum(ENQUIRY_STATUSES),
  note: plainText({multiline: true}).pipe(z.string().max(2000)).optional().default(''),
})

export const noteSchema = z.object({
  id: idSchema,
  note: plainText({multiline: true}).pipe(z.string().min(1, {message: 'note-empty'}).max(2000, {message: 'note-too-long'})),
})

export const deleteSchema = z.object({
  id: idSchema,
  confirm: z.literal('yes', {error: 'confirm-delete'}),
  reason: z.enum(['withdrawal', 'duplicate', 'spam']),
})

export const retrySchema = z.object({id: idSchema, jobId: idSchema})

import type {Kysely} from 'kysely'
import {enquiryBodyHash, insertEnquiryAndQueueEmails} from './enquiry-store'
import type {Database} from '@/lib/platform/database/schema'
import {type EnquiryFieldName, type EnquiryFormState, FIELD} from './form-fields'
import {ENQUIRY_LIST_FIELDS, enquirySchemaFor} from './form-schema'
import {issueFormToken, verifyFormToken} from './form-token'
import {hitRateLimit, rateLimitKey} from '@/lib/platform/database/rate-limit'
import {parseForm} from '@/lib/platform/forms/validated-action'
import {addressBucket} from '@/lib/platform/http/address-bucket'
import {log} from '@/lib/platform/log'
import {holdBackNotifications} from './flood-hold-back'
import {bookingText, localizeFieldErrors} from './booking-text'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'

export interface SubmissionContext {
  db: Kysely<Database>
  secret: string
  clientIp: string
  treatments: ReadonlyArray<{slug: string; name: string}>
  rateLimit: number
  rateWindowSeconds: number
  /** Enquiries per minute from everyone together; past it enquiries are stored, their emails held back. */
  siteLimitPerMinute?: number
  minFillSeconds: number
  sendPatientAcknowledgement?: boolean
  /** The source page from the request's Referer, for a form that carries none of its own. */
  refererSourcePath?: string
  /** The edition the form was on: its errors are in this language, and it is stored with the enquiry. */
  locale?: Locale
  now?: Date
}

export type SubmissionOutcome =
  | {kind: 'stored'; id: string; publicRef: string; created: boolean; supersedesId?: string; notificationHeldBack?: boolean}
  | {
      kind: 'rejected'
      reason: 'invalid' | 'honeypot' | 'token' | 'rate_limited' | 'site_limited'
      state: EnquiryFormState
    }

/** Validates a submitted booking form, applies the spam checks and stores the enquiry. */
export async function validateAndStoreEnquiry(
  formData: FormData,
  ctx: SubmissionContext,
): Promise<SubmissionOutcome> {
  const now = ctx.now ?? new Date()
  const locale = ctx.locale ?? DEFAULT_LOCALE
  const t = bookingText(locale)
  const parsed = parseForm(enquirySchemaFor(ctx.treatments.map((t) => t.slug)), formData, ENQUIRY_LIST_FIELDS)
  const values = (parsed.ok ? parsed.values : parsed.state.values) as EnquiryFormState['values']
  // Handed back with every rejection: a page rendered again without JavaScript must keep the
  // original render time, or the corrected form would be rejected as filled in too fast.
  const submittedToken = String(formData.get(FIELD.formToken) ?? '') || undefined
  const reject = (
    reason: Extract<SubmissionOutcome, {kind: 'rejected'}>['reason'],
    formError: string,
    extra: Partial<EnquiryFormState> = {},
  ): SubmissionOutcome => ({
    kind: 'rejected',
    reason,
    state: {status: 'error', fieldErrors: {}, values, formError, formToken: submittedToken, ...extra},
  })

  // A filled honeypot means a bot; a person whose autofill hit it still gets a way forward.
  if (String(formData.get(FIELD.honeypot) ?? '') !== '') {
    return reject('honeypot', t('formErrors.honeypot'))
  }
  if (!parsed.ok) {
    return {
      kind: 'rejected',
      reason: 'invalid',
      state: {
        ...parsed.state,
        fieldErrors: localizeFieldErrors(locale, parsed.state.fieldErrors as Partial<Record<EnquiryFieldName, string>>),
        values,
        formToken: submittedToken,
      },
    }
  }

  const token = verifyFormToken(parsed.data[FIELD.formToken], {
    secret: ctx.secret,
    minFillSeconds: ctx.minFillSeconds,
    now,
  })
  if (!token.ok) {
    if (token.reason === 'too_fast') {
      return reject('token', t('formErrors.tooFast'))
    }
    const formError = t(token.reason === 'expired' ? 'formErrors.expired' : 'formErrors.tokenInvalid')
    return reject('token', formError, {formToken: issueFormToken(ctx.secret, now)})
  }

  const data = parsed.data
  const bodyHash = enquiryBodyHash(data)
  // One transaction for the checks and the write: the repeat check and the rate limit see the
  // same state the insert commits to, and SQLite takes its write lock once per submission.
  const result = await ctx.db.transaction().execute(async (trx) => {
    const first = await trx
      .selectFrom('enquiries')
      .select(['id', 'public_ref', 'body_hash'])
      .where('idempotency_key', '=', token.nonce)
      .executeTakeFirst()
    // A repeat of a stored form (double click, back-and-resubmit) must not spend the rate limit.
    // Rows from before body hashes existed count as repeats: there is nothing to compare.
    if (first && (first.body_hash === null || first.body_hash === bodyHash)) {
      return {kind: 'stored', id: first.id, publicRef: first.public_ref, created: false} as const
    }
    // The same form sent back with changed details (a corrected phone number): stored as an update
    // linked to the first, so staff see both and act on the newer one.
    const idempotencyKey = first ? `${token.nonce}.${bodyHash}` : token.nonce
    if (first) {
      const repeat = await trx
        .selectFrom('enquiries')
        .select(['id', 'public_ref'])
        .where('idempotency_key', '=', idempotencyKey)
        .executeTakeFirst()
      if (repeat) {
        return {kind: 'stored', id: repeat.id, publicRef: repeat.public_ref, created: false, supersedesId: first.id} as const
      }
    }
    const limit = await hitRateLimit(trx, {
      // IPv6 per /64: one subscriber can pick any address inside it.
      key: rateLimitKey(ctx.secret, 'enquiry-ip', addressBucket(ctx.clientIp)),
      limit: ctx.rateLimit,
      windowSeconds: ctx.rateWindowSeconds,
      now,
    })
    // Returning (not throwing) commits the count, so a flood keeps counting against itself.
    if (!limit.allowed) return {kind: 'rate_limited', retryAfterSeconds: limit.retryAfterSeconds} as const
    let flooding = false
    if (ctx.siteLimitPerMinute !== undefined) {
      const site = await hitRateLimit(trx, {key: 'enquiry-site', limit: ctx.siteLimitPerMinute, windowSeconds: 60, now})
      flooding = !site.allowed
    }
    const stored = await insertEnquiryAndQueueEmails(trx, {
      input: data,
      treatmentName: ctx.treatments.find((t) => t.slug === data.treatment)?.name,
      idempotencyKey,
      bodyHash,
      supersedesId: first?.id,
      sourcePath: data[FIELD.source] ?? ctx.refererSourcePath,
      sendPatientAcknowledgement: ctx.sendPatientAcknowledgement,
      language: locale,
      now,
    })
    if (flooding) await holdBackNotifications(trx, stored.id, now)
    return {kind: 'stored', ...stored, ...(first ? {supersedesId: first.id} : {}), ...(flooding ? {notificationHeldBack: true} : {})} as const
  })
  if (result.kind === 'stored') {
    if (result.notificationHeldBack) log.warn('enquiry.notification_held_back', {enquiryId: result.id, reason: 'site-wide ceiling per minute'})
    return result
  }
  return reject('rate_limited', t('formErrors.rateLimited', {minutes: Math.ceil(result.retryAfterSeconds / 60)}))
}

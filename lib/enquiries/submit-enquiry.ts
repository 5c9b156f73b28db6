import type {Kysely} from 'kysely'
import {insertEnquiry} from './create-enquiry'
import type {Database} from './db-schema'
import {type EnquiryFieldName, type EnquiryFormState, FIELD} from './form-fields'
import {enquirySchemaFor} from './form-schema'
import {issueFormToken, verifyFormToken} from './form-token'
import {hitRateLimit, rateLimitKey} from './rate-limit'
import {parseForm} from './validated-action'

export interface SubmissionContext {
  db: Kysely<Database>
  secret: string
  clientIp: string
  treatments: ReadonlyArray<{slug: string; name: string}>
  rateLimit: number
  rateWindowSeconds: number
  minFillSeconds: number
  sendPatientAcknowledgement?: boolean
  now?: Date
}

export type SubmissionOutcome =
  | {kind: 'stored'; id: string; publicRef: string; created: boolean}
  | {kind: 'rejected'; reason: 'invalid' | 'honeypot' | 'token' | 'rate_limited'; state: EnquiryFormState}

const CONTACT_FALLBACK = 'If this keeps happening, please call or WhatsApp the clinic.'

/** Validates a submitted booking form, applies the spam checks and stores the enquiry. */
export async function submitEnquiryForm(
  formData: FormData,
  ctx: SubmissionContext,
): Promise<SubmissionOutcome> {
  const now = ctx.now ?? new Date()
  const parsed = parseForm(enquirySchemaFor(ctx.treatments.map((t) => t.slug)), formData)
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
    return reject('honeypot', `We could not send this form. ${CONTACT_FALLBACK}`)
  }
  if (!parsed.ok) {
    return {
      kind: 'rejected',
      reason: 'invalid',
      state: {
        ...parsed.state,
        fieldErrors: parsed.state.fieldErrors as Partial<Record<EnquiryFieldName, string>>,
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
      return reject('token', 'Please take a moment to check your details, then send the form again.')
    }
    const formError =
      token.reason === 'expired'
        ? 'This form was open for more than a day. Please check your details and send it again.'
        : `We could not verify this form. Please send it again. ${CONTACT_FALLBACK}`
    return reject('token', formError, {formToken: issueFormToken(ctx.secret, now)})
  }

  const data = parsed.data
  // One transaction for the checks and the write: the repeat check and the rate limit see the
  // same state the insert commits to, and SQLite takes its write lock once per submission.
  const result = await ctx.db.transaction().execute(async (trx) => {
    // A repeat of a stored form (double click, back-and-resubmit) must not spend the rate limit.
    const existing = await trx
      .selectFrom('enquiries')
      .select(['id', 'public_ref'])
      .where('idempotency_key', '=', token.nonce)
      .executeTakeFirst()
    if (existing) {
      return {kind: 'stored', id: existing.id, publicRef: existing.public_ref, created: false} as const
    }
    const limit = await hitRateLimit(trx, {
      key: rateLimitKey(ctx.secret, 'enquiry-ip', ctx.clientIp),
      limit: ctx.rateLimit,
      windowSeconds: ctx.rateWindowSeconds,
      now,
    })
    // Returning (not throwing) commits the count, so a flood keeps counting against itself.
    if (!limit.allowed) return {kind: 'rate_limited', retryAfterSeconds: limit.retryAfterSeconds} as const
    const stored = await insertEnquiry(trx, {
      input: data,
      treatmentName: ctx.treatments.find((t) => t.slug === data.treatment)?.name,
      idempotencyKey: token.nonce,
      sendPatientAcknowledgement: ctx.sendPatientAcknowledgement,
      now,
    })
    return {kind: 'stored', ...stored} as const
  })
  if (result.kind === 'stored') return result
  const minutes = Math.ceil(result.retryAfterSeconds / 60)
  return reject(
    'rate_limited',
    `We have received several enquiries from this connection. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or call or WhatsApp the clinic.`,
  )
}

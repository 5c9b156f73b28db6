import {createHash, randomBytes, randomUUID} from 'node:crypto'
import type {Kysely, Transaction} from 'kysely'
import type {Database, EnquiryRow, OutboxKind} from '@/lib/platform/database/schema'
import type {EnquiryInput} from './form-schema'
import type {Locale} from '@/lib/i18n/locales'

export interface NewEnquiry {
  input: EnquiryInput
  treatmentName?: string
  /** From the form's render token: the same rendered form stores at most one enquiry. */
  idempotencyKey: string
  /** enquiryBodyHash of the input: a later resend of the same form with other details is an update. */
  bodyHash?: string
  /** The enquiry this one corrects (same rendered form, changed details). */
  supersedesId?: string
  /** The page of this site the patient came from, already checked (lib/routes/source-path.ts). */
  sourcePath?: string
  sendPatientAcknowledgement?: boolean
  /** The edition of the form (`en` when not given): staff see it, the acknowledgement is written in it. */
  language?: Locale
  now?: Date
}

export interface CreatedEnquiry {
  id: string
  publicRef: string
  /** False when this was a repeat of an enquiry already stored. */
  created: boolean
}

/** What the patient sent, as one hash: equal for a repeat, different for a correction. */
export function enquiryBodyHash(input: EnquiryInput): string {
  const fields = [
    input.treatment ?? '',
    input.fullName,
    input.phone,
    input.email,
    input.patientType,
    [...input.preferredDays].sort().join(','),
    input.timeOfDay,
    input.message,
    input.marketingOptIn ? '1' : '0',
  ]
  return createHash('sha256').update(JSON.stringify(fields)).digest('base64url')
}

// Short, unambiguous, easy to read out on the phone: no 0/O or 1/I/L.
const REF_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export function newPublicRef(): string {
  const bytes = randomBytes(10)
  let ref = ''
  for (const byte of bytes) ref += REF_ALPHABET[byte % REF_ALPHABET.length]
  return `${ref.slice(0, 5)}-${ref.slice(5)}`
}

/**
 * Writes the enquiry and its notification job(s). Call it inside a transaction (`trx`), so that
 * either the enquiry exists and its email will be sent (eventually), or neither happened.
 */
export async function insertEnquiryAndQueueEmails(
  trx: Transaction<Database>,
  enquiry: NewEnquiry,
): Promise<CreatedEnquiry> {
  const now = (enquiry.now ?? new Date()).toISOString()
  const {input} = enquiry
  const id = randomUUID()
  const publicRef = newPublicRef()

  const inserted = await trx
    .insertInto('enquiries')
    .values({
      id,
      public_ref: publicRef,
      idempotency_key: enquiry.idempotencyKey,
      created_at: now,
      updated_at: now,
      status: 'new',
      treatment_slug: input.treatment ?? null,
      treatment_name: input.treatment ? (enquiry.treatmentName ?? input.treatment) : null,
      full_name: input.fullName,
      phone: input.phone,
      email: input.email,
      patient_type: input.patientType,
      preferred_days: JSON.stringify(input.preferredDays),
      time_of_day: input.timeOfDay,
      message: input.message,
      consent_at: now,
      marketing_opt_in: input.marketingOptIn ? 1 : 0,
      marketing_opt_in_at: input.marketingOptIn ? now : null,
      body_hash: enquiry.bodyHash ?? enquiryBodyHash(input),
      supersedes_id: enquiry.supersedesId ?? null,
      source_path: enquiry.sourcePath ?? input.from ?? null,
      language: enquiry.language ?? 'en',
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning(['id', 'public_ref'])
    .executeTakeFirst()

  if (!inserted) {
    const existing = await trx
      .selectFrom('enquiries')
      .select(['id', 'public_ref'])
      .where('idempotency_key', '=', enquiry.idempotencyKey)
      .executeTakeFirstOrThrow()
    return {id: existing.id, publicRef: existing.public_ref, created: false}
  }

  const kinds: OutboxKind[] = ['clinic_notification']
  if (enquiry.sendPatientAcknowledgement) kinds.push('patient_acknowledgement')
  await trx
    .insertInto('outbox_jobs')
    .values(
      kinds.map((kind) => ({
        id: randomUUID(),
        enquiry_id: id,
        kind,
        status: 'pending' as const,
        attempts: 0,
        next_attempt_at: now,
        locked_until: null,
        last_error: null,
        created_at: now,
        updated_at: now,
        sent_at: null,
      })),
    )
    .execute()
  return {id: inserted.id, publicRef: inserted.public_ref, created: true}
}

export async function findEnquiryByRef(
  db: Kysely<Database>,
  publicRef: string,
): Promise<EnquiryRow | undefined> {
  return db.selectFrom('enquiries').selectAll().where('public_ref', '=', publicRef).executeTakeFirst()
}

import {parsePhoneNumberFromString} from 'libphonenumber-js/max'
import {z} from 'zod'
import type en from '@/messages/en/booking.json'
import {stripControlCharacters} from '@/lib/platform/forms/plain-text'
import {formDataToObject} from '@/lib/platform/forms/form-data'
import {parseSourcePath} from '@/lib/routes/source-path'
import {
  EMAIL_MAX_LENGTH,
  FIELD,
  MESSAGE_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PATIENT_TYPES,
  PREFERRED_DAYS,
  TIMES_OF_DAY,
} from './form-fields'

const PHONE_DEFAULT_REGION = 'SG'

// The schema's errors are keys of `booking.errors` in messages/<locale>/booking.json, never
// sentences: the form's language is chosen where the error is shown (booking-text.ts).
// `satisfies` keeps this list and the English messages file in step, in both directions.
const ERROR = {
  treatmentUnknown: 'treatmentUnknown',
  fullNameRequired: 'fullNameRequired',
  fullNameTooLong: 'fullNameTooLong',
  fullNameLetters: 'fullNameLetters',
  phoneRequired: 'phoneRequired',
  phoneInvalid: 'phoneInvalid',
  emailRequired: 'emailRequired',
  emailTooLong: 'emailTooLong',
  emailInvalid: 'emailInvalid',
  patientTypeRequired: 'patientTypeRequired',
  preferredDaysInvalid: 'preferredDaysInvalid',
  timeOfDayInvalid: 'timeOfDayInvalid',
  messageTooLong: 'messageTooLong',
  messageNric: 'messageNric',
  consentRequired: 'consentRequired',
} as const satisfies {[K in EnquiryErrorKey]: K}

// Any script: letters and combining marks from every alphabet, plus the punctuation real names
// carry ("O'Brien", "Siti Nur'aini", "Muthu s/o Ramasamy", "Tan Ah-Kow", "Dr. Lim").
const NAME_PATTERN = /^[\p{L}\p{M}][\p{L}\p{M}\p{Zs}'’.,\-/()]*$/u

const checkbox = z
  .union([z.literal('on'), z.literal('yes'), z.literal('true'), z.literal('')])
  .optional()
  .transform((v) => v !== undefined && v !== '')

export {stripControlCharacters}

/** A field error the schema reports: a key of `booking.errors`. */
export type EnquiryErrorKey = Exclude<keyof (typeof en)['errors'], 'generic'>

// Singapore NRIC/FIN: a prefix letter, seven digits, a checksum letter. Written in any case, with
// spaces, hyphens or dots anywhere between them ("S 123 4567 D", "S-1234567-D"), and in full-width
// characters (a phone keyboard in Chinese or Japanese mode), which NFKC turns into ASCII first.
const SEPARATOR = '[\\s\\-.\\u2010-\\u2015]*'
const NRIC_OR_FIN = new RegExp(`(?<![\\p{L}\\p{N}])[STFGM]${SEPARATOR}(?:\\d${SEPARATOR}){7}[A-Z](?![\\p{L}\\p{N}])`, 'iu')

export function containsNricOrFin(text: string): boolean {
  return NRIC_OR_FIN.test(text.normalize('NFKC'))
}

/** Parses any way a person writes a phone number; Singapore is assumed without a country code. */
export function normalisePhone(input: string): string | undefined {
  const parsed = parsePhoneNumberFromString(input, PHONE_DEFAULT_REGION)
  return parsed?.isValid() ? parsed.number : undefined
}

export interface EnquirySchemaOptions {
  /** Slugs of the treatments offered; anything else is rejected. */
  treatmentSlugs: readonly string[]
}

export function buildEnquirySchema({treatmentSlugs}: EnquirySchemaOptions) {
  const slugs = new Set(treatmentSlugs)
  return z.object({
    [FIELD.treatment]: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine((v) => v === undefined || slugs.has(v), {message: ERROR.treatmentUnknown}),
    [FIELD.fullName]: z
      .string({error: ERROR.fullNameRequired})
      .transform((v) => v.normalize('NFC').replace(/\s+/g, ' ').trim())
      .pipe(
        z
          .string()
          .min(1, {message: ERROR.fullNameRequired})
          .max(NAME_MAX_LENGTH, {message: ERROR.fullNameTooLong})
          .regex(NAME_PATTERN, {message: ERROR.fullNameLetters}),
      ),
    [FIELD.phone]: z
      .string({error: ERROR.phoneRequired})
      .trim()
      .min(1, {message: ERROR.phoneRequired})
      .transform((v, ctx) => {
        const e164 = normalisePhone(v)
        if (!e164) {
          ctx.addIssue({code: 'custom', message: ERROR.phoneInvalid})
          return z.NEVER
        }
        return e164
      }),
    [FIELD.email]: z
      .string({error: ERROR.emailRequired})
      .trim()
      .min(1, {message: ERROR.emailRequired})
      .max(EMAIL_MAX_LENGTH, {message: ERROR.emailTooLong})
      .pipe(z.email({message: ERROR.emailInvalid})),
    [FIELD.patientType]: z.enum(PATIENT_TYPES.map((p) => p.value) as ['new', 'returning'], {error: ERROR.patientTypeRequired}),
    [FIELD.preferredDays]: z
      .array(
        z.enum(PREFERRED_DAYS.map((d) => d.value) as [string, ...string[]], {error: ERROR.preferredDaysInvalid}),
      )
      .default([])
      .transform((days) => [...new Set(days)]),
    [FIELD.timeOfDay]: z
      .enum(TIMES_OF_DAY.map((t) => t.value) as [string, ...string[]], {error: ERROR.timeOfDayInvalid})
      .default('any'),
    [FIELD.message]: z
      .string()
      .optional()
      // Browsers submit textarea line breaks as CRLF while maxlength counts them as one character.
      // Other control characters are invisible, never meant, and Postgres refuses NUL in text.
      .transform((v) => stripControlCharacters((v ?? '').replace(/\r\n?/g, '\n')).trim())
      .pipe(
        z
          .string()
          .max(MESSAGE_MAX_LENGTH, {message: ERROR.messageTooLong})
          // PDPA: the clinic must not collect NRIC/FIN numbers it does not need; the hint alone is
          // not enough, so the server refuses them.
          .refine((v) => !containsNricOrFin(v), {message: ERROR.messageNric}),
      ),
    [FIELD.consent]: checkbox.refine((v) => v, {message: ERROR.consentRequired}),
    [FIELD.marketingOptIn]: checkbox,
    [FIELD.honeypot]: z.string().optional().default(''),
    [FIELD.formToken]: z.string().optional().default(''),
    // Never a reason to refuse an enquiry: a value that is not a page of this site is dropped.
    [FIELD.source]: z.unknown().optional().transform((v) => parseSourcePath(v)),
  })
}

export type EnquirySchema = ReturnType<typeof buildEnquirySchema>

// Building the schema costs more than parsing with it; the treatment list rarely changes.
let cachedSchema: {key: string; schema: EnquirySchema} | undefined

/** The schema for the current treatment list, rebuilt only when the list changes. */
export function enquirySchemaFor(treatmentSlugs: readonly string[]): EnquirySchema {
  const key = treatmentSlugs.join('\n')
  if (cachedSchema?.key !== key) cachedSchema = {key, schema: buildEnquirySchema({treatmentSlugs})}
  return cachedSchema.schema
}
export type EnquiryInput = z.output<EnquirySchema>

/** The booking form's checkbox groups, read as arrays. */
export const ENQUIRY_LIST_FIELDS: readonly string[] = [FIELD.preferredDays]

/** The booking form's FormData as a plain object: the preferred days (a checkbox group) as an array. */
export function readEnquiryForm(formData: FormData): Record<string, string | string[]> {
  return formDataToObject(formData, ENQUIRY_LIST_FIELDS)
}

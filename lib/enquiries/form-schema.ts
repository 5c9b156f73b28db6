import {parsePhoneNumberFromString} from 'libphonenumber-js/max'
import {z} from 'zod'
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

// Any script: letters and combining marks from every alphabet, plus the punctuation real names
// carry ("O'Brien", "Siti Nur'aini", "Muthu s/o Ramasamy", "Tan Ah-Kow", "Dr. Lim").
const NAME_PATTERN = /^[\p{L}\p{M}][\p{L}\p{M}\p{Zs}'’.,\-/()]*$/u

const checkbox = z
  .union([z.literal('on'), z.literal('yes'), z.literal('true'), z.literal('')])
  .optional()
  .transform((v) => v !== undefined && v !== '')

export {stripControlCharacters}

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
      .refine((v) => v === undefined || slugs.has(v), {
        message: 'Choose a treatment from the list, or leave it unselected.',
      }),
    [FIELD.fullName]: z
      .string({error: 'Enter your full name.'})
      .transform((v) => v.normalize('NFC').replace(/\s+/g, ' ').trim())
      .pipe(
        z
          .string()
          .min(1, {message: 'Enter your full name.'})
          .max(NAME_MAX_LENGTH, {message: `Your name must be ${NAME_MAX_LENGTH} characters or fewer.`})
          .regex(NAME_PATTERN, {
            message: 'Use letters only, with spaces, apostrophes, hyphens or full stops if needed.',
          }),
      ),
    [FIELD.phone]: z
      .string({error: 'Enter your mobile number.'})
      .trim()
      .min(1, {message: 'Enter your mobile number.'})
      .transform((v, ctx) => {
        const e164 = normalisePhone(v)
        if (!e164) {
          ctx.addIssue({
            code: 'custom',
            message: 'Enter a valid phone number, such as 9123 4567 or +65 9123 4567.',
          })
          return z.NEVER
        }
        return e164
      }),
    [FIELD.email]: z
      .string({error: 'Enter your email address.'})
      .trim()
      .min(1, {message: 'Enter your email address.'})
      .max(EMAIL_MAX_LENGTH, {message: 'Enter a shorter email address.'})
      .pipe(z.email({message: 'Enter an email address like name@example.com.'})),
    [FIELD.patientType]: z.enum(PATIENT_TYPES.map((p) => p.value) as ['new', 'returning'], {
      error: 'Tell us whether you have visited us before.',
    }),
    [FIELD.preferredDays]: z
      .array(
        z.enum(PREFERRED_DAYS.map((d) => d.value) as [string, ...string[]], {
          error: 'Choose days from the list.',
        }),
      )
      .default([])
      .transform((days) => [...new Set(days)]),
    [FIELD.timeOfDay]: z
      .enum(TIMES_OF_DAY.map((t) => t.value) as [string, ...string[]], {
        error: 'Choose a time of day from the list.',
      })
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
          .max(MESSAGE_MAX_LENGTH, {
            message: `Keep your message to ${MESSAGE_MAX_LENGTH} characters or fewer.`,
          })
          // PDPA: the clinic must not collect NRIC/FIN numbers it does not need; the hint alone is
          // not enough, so the server refuses them.
          .refine((v) => !containsNricOrFin(v), {
            message:
              'Please remove the NRIC or FIN number from your message. We do not need it for an enquiry; the clinic asks for identification at your visit.',
          }),
      ),
    [FIELD.consent]: checkbox.refine((v) => v, {
      message: 'Tick this box so that we may contact you about your enquiry.',
    }),
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

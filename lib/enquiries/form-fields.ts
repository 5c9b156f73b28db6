import type {FormState} from '@/lib/platform/forms/form-state'

// Shared by the server schema and the form component, so the two cannot drift. No server imports.

export const PREFERRED_DAYS = [
  {value: 'mon', label: 'Monday'},
  {value: 'tue', label: 'Tuesday'},
  {value: 'wed', label: 'Wednesday'},
  {value: 'thu', label: 'Thursday'},
  {value: 'fri', label: 'Friday'},
  {value: 'sat', label: 'Saturday'},
  {value: 'sun', label: 'Sunday'},
] as const
export type PreferredDay = (typeof PREFERRED_DAYS)[number]['value']

export const TIMES_OF_DAY = [
  {value: 'any', label: 'Any time'},
  {value: 'morning', label: 'Morning'},
  {value: 'afternoon', label: 'Afternoon'},
  {value: 'evening', label: 'Evening'},
] as const
export type TimeOfDay = (typeof TIMES_OF_DAY)[number]['value']

export const PATIENT_TYPES = [
  {value: 'new', label: 'New patient'},
  {value: 'returning', label: 'Returning patient'},
] as const

export const MESSAGE_MAX_LENGTH = 2000
export const NAME_MAX_LENGTH = 120
export const EMAIL_MAX_LENGTH = 254
// Enough for any international number with spaces; the schema checks the number itself.
export const PHONE_MAX_LENGTH = 30

/** Form field names; the honeypot uses a name that form-filling bots like to complete. */
export const FIELD = {
  treatment: 'treatment',
  fullName: 'fullName',
  phone: 'phone',
  email: 'email',
  patientType: 'patientType',
  preferredDays: 'preferredDays',
  timeOfDay: 'timeOfDay',
  message: 'message',
  consent: 'consent',
  marketingOptIn: 'marketingOptIn',
  honeypot: 'website',
  formToken: 'formToken',
  /** The page of the site the patient came from, carried from the booking link in a hidden field. */
  source: 'from',
} as const

export type EnquiryFieldName = Exclude<keyof typeof FIELD, 'honeypot' | 'formToken' | 'source'>

/** The fields in the order the form shows them (focus goes to the first with an error). */
export const ENQUIRY_FIELD_ORDER: readonly EnquiryFieldName[] = [
  'treatment',
  'fullName',
  'phone',
  'email',
  'patientType',
  'preferredDays',
  'timeOfDay',
  'message',
  'consent',
  'marketingOptIn',
]

export type EnquiryFormState = FormState<EnquiryFieldName>

export const initialEnquiryFormState: EnquiryFormState = {status: 'idle', fieldErrors: {}, values: {}}

import {
  ENQUIRY_FIELD_ORDER,
  type EnquiryFieldName,
  MESSAGE_MAX_LENGTH,
  PATIENT_TYPES,
  PREFERRED_DAYS,
  TIMES_OF_DAY,
} from '@/lib/enquiries/form-fields'

// The words of the booking form in one language, worked out on the server (messages/<locale>/
// booking.json) and handed to the client form as a prop: the browser gets these strings, not a
// message catalogue or a formatter, so the form's JavaScript does not grow with each language.

type Option = {value: string; label: string}

export interface BookingFormCopy {
  optional: string
  treatmentLabel: string
  treatmentNone: string
  fullNameLabel: string
  phoneLabel: string
  phoneHint: string
  emailLabel: string
  patientTypeLegend: string
  preferredDaysLegend: string
  timeOfDayLegend: string
  messageLabel: string
  messageHint: string
  consent: string
  marketing: string
  marketingNote: string
  honeypot: string
  submit: string
  sending: string
  /** The error summary's heading for 1, 2, … fields with errors (index 0 is one field). */
  summaryHeadings: string[]
  fieldNames: Record<EnquiryFieldName, string>
  patientTypes: Option[]
  days: Option[]
  times: Option[]
}

/** A plain-text message of the `booking` namespace (getTranslations or booking-text.ts). */
type Translate = (key: string, values?: Record<string, string | number>) => string

export function bookingFormCopy(t: Translate): BookingFormCopy {
  const form = (key: string, values?: Record<string, string | number>) => t(`form.${key}`, values)
  const options = (group: string, list: ReadonlyArray<{value: string}>) =>
    list.map(({value}) => ({value, label: t(`${group}.${value}`)}))
  return {
    optional: form('optional'),
    treatmentLabel: form('treatmentLabel'),
    treatmentNone: form('treatmentNone'),
    fullNameLabel: form('fullNameLabel'),
    phoneLabel: form('phoneLabel'),
    phoneHint: form('phoneHint'),
    emailLabel: form('emailLabel'),
    patientTypeLegend: form('patientTypeLegend'),
    preferredDaysLegend: form('preferredDaysLegend'),
    timeOfDayLegend: form('timeOfDayLegend'),
    messageLabel: form('messageLabel'),
    messageHint: form('messageHint', {max: MESSAGE_MAX_LENGTH}),
    consent: form('consent'),
    marketing: form('marketing'),
    marketingNote: form('marketingNote'),
    honeypot: form('honeypot'),
    submit: form('submit'),
    sending: form('sending'),
    summaryHeadings: ENQUIRY_FIELD_ORDER.map((_, i) => form('summaryHeading', {count: i + 1})),
    fieldNames: Object.fromEntries(ENQUIRY_FIELD_ORDER.map((f) => [f, t(`fieldNames.${f}`)])) as Record<EnquiryFieldName, string>,
    patientTypes: options('patientTypes', PATIENT_TYPES),
    days: options('days', PREFERRED_DAYS),
    times: options('times', TIMES_OF_DAY),
  }
}

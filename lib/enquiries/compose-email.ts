import type {EnquiryRow, OutboxJobRow} from '@/lib/platform/database/schema'
import {PATIENT_TYPES, PREFERRED_DAYS, TIMES_OF_DAY} from './form-fields'
import type {MailMessage} from './mailer'
import {formatSingaporeTime} from '@/lib/singapore-time'
import {quotedPatientText} from './quoted-patient-text'
import {bookingText} from './booking-text'
import {HTML_LANG} from '@/lib/i18n/locales'
import {enquiryLanguageName, enquiryLocale} from './enquiry-language'

export interface MailSettings {
  clinicName: string
  clinicEmail: string
  from: string
  siteUrl: string
  whatsapp?: string
}

function label<T extends {value: string; label: string}>(options: readonly T[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value
}

export function describePreferredDays(json: string): string {
  try {
    const days = JSON.parse(json) as string[]
    return days.length ? days.map((d) => label(PREFERRED_DAYS, d)).join(', ') : 'No preference'
  } catch {
    return 'No preference'
  }
}

// The subject line is shown on lock screens and in mail previews: it carries the reference only,
// never the treatment or the message.
export function composeClinicNotification(
  enquiry: EnquiryRow,
  settings: MailSettings,
  messageId: string,
): MailMessage {
  const lines = [
    `A new enquiry arrived through the website on ${formatSingaporeTime(enquiry.created_at)}.`,
    '',
    `Reference: ${enquiry.public_ref}`,
    `Name: ${enquiry.full_name}`,
    `Phone: ${enquiry.phone}`,
    `Email: ${enquiry.email}`,
    `Patient: ${label(PATIENT_TYPES, enquiry.patient_type)}`,
    `Treatment of interest: ${enquiry.treatment_name ?? 'Not specified'}`,
    // Staff reply in the language the patient wrote in.
    `Form language: ${enquiryLanguageName(enquiry.language)}`,
    `Preferred days: ${describePreferredDays(enquiry.preferred_days)}`,
    `Time of day: ${label(TIMES_OF_DAY, enquiry.time_of_day)}`,
    `Clinic news by email: ${enquiry.marketing_opt_in ? 'yes' : 'no'}`,
    '',
    `Open in the staff inbox: ${settings.siteUrl}/staff/enquiries/${enquiry.id}`,
    'Reply to this email to answer the patient directly.',
    '',
    // Last, and quoted: the patient's text can never pose as part of the clinic's email.
    enquiry.message ? 'Message from the patient (as typed):' : 'Message from the patient: (none)',
    ...(enquiry.message ? [quotedPatientText(enquiry.message)] : []),
  ]
  return {
    from: settings.from,
    to: settings.clinicEmail,
    replyTo: {name: enquiry.full_name, address: enquiry.email},
    subject:
      (enquiry.supersedes_id
        ? `Corrected website enquiry ${enquiry.public_ref} (replaces an earlier one)`
        : `New website enquiry ${enquiry.public_ref}`) + languageTag(enquiry.language),
    text: lines.join('\n'),
    messageId,
    headers: {'X-Enquiry-Ref': enquiry.public_ref, 'Auto-Submitted': 'auto-generated'},
  }
}

/** Subject lines of an enquiry from another edition than English say so, for sorting a mailbox. */
function languageTag(language: string): string {
  const locale = enquiryLocale(language)
  return locale === 'en' ? '' : ` [${enquiryLanguageName(locale)}]`
}

/** The patient's acknowledgement, in the language of the form they sent (messages/<locale>/booking.json). */
export function composePatientAcknowledgement(
  enquiry: EnquiryRow,
  settings: MailSettings,
  messageId: string,
): MailMessage {
  const locale = enquiryLocale(enquiry.language)
  const t = bookingText(locale)
  const ref = enquiry.public_ref
  const whatsapp = settings.whatsapp ? t('acknowledgement.whatsapp', {whatsapp: settings.whatsapp}) : ''
  return {
    from: settings.from,
    to: {name: enquiry.full_name, address: enquiry.email},
    replyTo: settings.clinicEmail,
    subject: t('acknowledgement.subject', {ref}),
    text: [
      t('acknowledgement.greeting', {name: enquiry.full_name}),
      '',
      t('acknowledgement.body', {clinic: settings.clinicName, ref}) + whatsapp,
      '',
      t('acknowledgement.notYou'),
      '',
      settings.clinicName,
    ].join('\n'),
    // Mail programs pick fonts and hyphenation by the declared language.
    headers: {'X-Enquiry-Ref': ref, 'Auto-Submitted': 'auto-replied', 'Content-Language': HTML_LANG[locale]},
    messageId,
  }
}

/** The email an outbox job sends. */
export function composeJobEmail(
  job: Pick<OutboxJobRow, 'kind'>,
  enquiry: EnquiryRow,
  settings: MailSettings,
  messageId: string,
): MailMessage {
  return job.kind === 'patient_acknowledgement'
    ? composePatientAcknowledgement(enquiry, settings, messageId)
    : composeClinicNotification(enquiry, settings, messageId)
}

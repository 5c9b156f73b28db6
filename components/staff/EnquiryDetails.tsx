import {describePreferredDays} from '@/lib/enquiries/compose-email'
import type {EnquiryRow} from '@/lib/platform/database/schema'
import {PATIENT_TYPES, TIMES_OF_DAY} from '@/lib/enquiries/form-fields'
import {formatSingaporeTime} from '@/lib/singapore-time'
import {SourcePageLink} from './SourcePageLink'
import {enquiryLanguageName} from '@/lib/enquiries/enquiry-language'

const label = (options: ReadonlyArray<{value: string; label: string}>, value: string) =>
  options.find((o) => o.value === value)?.label ?? value

// Everything here is a text node: an enquiry containing <script> shows as those characters.
export function EnquiryDetails({enquiry, titles}: {enquiry: EnquiryRow; titles: ReadonlyMap<string, string>}) {
  const rows: Array<[string, React.ReactNode]> = [
    ['Reference', <span key="ref" className="font-mono">{enquiry.public_ref}</span>],
    ['Received', formatSingaporeTime(enquiry.created_at)],
    [
      'Phone',
      <a key="tel" href={`tel:${enquiry.phone}`} className="underline">
        {enquiry.phone}
      </a>,
    ],
    [
      'Email',
      <a key="mail" href={`mailto:${enquiry.email}`} className="underline">
        {enquiry.email}
      </a>,
    ],
    ['Patient', label(PATIENT_TYPES, enquiry.patient_type)],
    // The language of the form: reply in it.
    ['Form language', enquiryLanguageName(enquiry.language)],
    ['Treatment', enquiry.treatment_name ?? 'Not specified'],
    [
      'Came from',
      enquiry.source_path ? <SourcePageLink key="source" path={enquiry.source_path} titles={titles} /> : 'Not known',
    ],
    ['Preferred days', describePreferredDays(enquiry.preferred_days)],
    ['Time of day', label(TIMES_OF_DAY, enquiry.time_of_day)],
    ['Consent to contact', formatSingaporeTime(enquiry.consent_at)],
    [
      'Clinic news',
      enquiry.marketing_opt_in && enquiry.marketing_opt_in_at
        ? `Opted in ${formatSingaporeTime(enquiry.marketing_opt_in_at)}`
        : 'Not opted in',
    ],
  ]
  return (
    <>
      <dl className="mt-6 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium text-slate-600 dark:text-slate-400">{term}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-8 text-lg font-semibold">Message</h2>
      <p className="mt-2 whitespace-pre-wrap break-words rounded-md bg-slate-50 p-4 dark:bg-slate-900">
        {enquiry.message || '(no message)'}
      </p>
    </>
  )
}

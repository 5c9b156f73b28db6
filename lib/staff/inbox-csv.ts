import {describePreferredDays, enquiryLanguageName, PATIENT_TYPES, TIMES_OF_DAY} from '@/lib/enquiries'
import type {EnquiryRow} from '@/lib/platform/database/schema'
import {formatSingaporeTime} from '@/lib/singapore-time'
import type {InboxItem} from './inbox'

// Spreadsheet programs run cells that start with = + - @ (or a tab/CR) as formulas: a patient
// could type "=HYPERLINK(...)" into the message. Such cells get a leading apostrophe (OWASP).
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const label = (options: ReadonlyArray<{value: string; label: string}>, value: string) =>
  options.find((o) => o.value === value)?.label ?? value

/** Page titles by path, so the export names the page an enquiry came from as staff see it. */
export type SourceTitles = ReadonlyMap<string, string>

const COLUMNS: Array<[string, (e: EnquiryRow & Partial<InboxItem>, titles: SourceTitles) => string | number | null]> = [
  ['Reference', (e) => e.public_ref],
  ['Received (SGT)', (e) => formatSingaporeTime(e.created_at)],
  ['Status', (e) => e.status],
  ['Name', (e) => e.full_name],
  // Phone numbers are written without the leading "+" only when the cell would be escaped; the
  // E.164 form stays readable with the apostrophe as a text marker.
  ['Phone', (e) => e.phone],
  ['Email', (e) => e.email],
  ['Patient', (e) => label(PATIENT_TYPES, e.patient_type)],
  ['Treatment', (e) => e.treatment_name ?? ''],
  ['Language', (e) => enquiryLanguageName(e.language)],
  ['Preferred days', (e) => describePreferredDays(e.preferred_days)],
  ['Time of day', (e) => label(TIMES_OF_DAY, e.time_of_day)],
  ['Message', (e) => e.message],
  [
    'Clinic news opt-in',
    (e) => (e.marketing_opt_in ? `yes (${formatSingaporeTime(e.marketing_opt_in_at!)})` : 'no'),
  ],
  ['Notification', (e) => e.notification ?? ''],
  ['Source page', (e, titles) => (e.source_path ? (titles.get(e.source_path) ?? e.source_path) : '')],
  ['Source path', (e) => e.source_path ?? ''],
]

// A BOM so Excel opens UTF-8 (Chinese and Tamil names) correctly; CRLF per RFC 4180.
export const CSV_HEADER = `\uFEFF${COLUMNS.map(([name]) => csvCell(name)).join(',')}\r\n`

const NO_TITLES: SourceTitles = new Map()

export function enquiryCsvLine(row: EnquiryRow & Partial<InboxItem>, titles: SourceTitles = NO_TITLES): string {
  return `${COLUMNS.map(([, get]) => csvCell(get(row, titles))).join(',')}\r\n`
}

export function enquiriesToCsv(rows: ReadonlyArray<EnquiryRow & Partial<InboxItem>>, titles: SourceTitles = NO_TITLES): string {
  return CSV_HEADER + rows.map((row) => enquiryCsvLine(row, titles)).join('')
}

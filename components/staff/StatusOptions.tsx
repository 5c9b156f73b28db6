import {ENQUIRY_STATUSES} from '@/lib/platform/database/schema'

/** One <option> per enquiry status, for the status change and the inbox filter alike. */
export function StatusOptions() {
  return ENQUIRY_STATUSES.map((s) => (
    <option key={s} value={s}>
      {s}
    </option>
  ))
}

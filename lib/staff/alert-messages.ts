// What the inbox's alert box may say. Pages get a code in `?error=`, never text: a link with any
// text in it would otherwise put that text in the clinic's own alert box (phishing the front desk).
export const STAFF_ALERTS = {
  'not-found': 'That enquiry no longer exists.',
  'not-saved': 'That change could not be saved.',
  'note-empty': 'Write a note first.',
  'note-too-long': 'Keep notes to 2,000 characters.',
  'confirm-delete': 'Tick the box to confirm the deletion.',
} as const

export type StaffAlertCode = keyof typeof STAFF_ALERTS

/** The fixed message for a code; anything else gets the generic one. */
export function staffAlertMessage(code: string | string[] | undefined): string | undefined {
  if (typeof code !== 'string') return undefined
  return Object.hasOwn(STAFF_ALERTS, code) ? STAFF_ALERTS[code as StaffAlertCode] : STAFF_ALERTS['not-saved']
}

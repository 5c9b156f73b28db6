import {STAFF_ALERTS, staffAlertMessage} from '@/lib/staff/alert-messages'

// The alert box shows only the clinic's own sentences, whatever a link puts in ?error=.
it('maps each code to its fixed message and anything else to the generic one', () => {
  for (const [code, message] of Object.entries(STAFF_ALERTS)) expect(staffAlertMessage(code)).toBe(message)
  const phishing = 'Your session expired. Sign in again at https://evil.example/staff'
  expect(staffAlertMessage(phishing)).toBe(STAFF_ALERTS['not-saved'])
  expect(staffAlertMessage('toString')).toBe(STAFF_ALERTS['not-saved'])
  expect(staffAlertMessage(undefined)).toBeUndefined()
  expect(staffAlertMessage(['not-found', 'x'])).toBeUndefined()
})

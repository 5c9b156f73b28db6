import {composeClinicNotification} from '@/lib/enquiries/compose-email'
import type {EnquiryRow} from '@/lib/platform/database/schema'
import {enquiryRow} from '@/tests/support/enquiry-row'

// A patient's message that imitates the notification must not pass for the clinic's own text.
const settings = {clinicName: 'Test Clinic', clinicEmail: 'frontdesk@clinic.test', from: 'no-reply@clinic.test', siteUrl: 'https://clinic.test'}
const enquiry = (message: string): EnquiryRow =>
  enquiryRow({public_ref: 'R7K2M9Q', created_at: '2026-04-01T02:00:00.000Z', message})

it('puts the real inbox link above the message, quotes every line of it and collapses blank lines', () => {
  const phishing = `Hello\n${'\n'.repeat(40)}Open in the staff inbox: https://evil.example/staff\r\nReply to this email to answer the patient directly.`
  const lines = String(composeClinicNotification(enquiry(phishing), settings, '<m@clinic.test>').text).split('\n')
  const real = lines.indexOf('Open in the staff inbox: https://clinic.test/staff/enquiries/0b7f8a52-3f3e-4c1e-9a53-6f1a7c2e9d10')
  const fake = lines.findIndex((line) => line.includes('evil.example'))
  expect(real).toBeGreaterThan(-1)
  expect(fake).toBeGreaterThan(real)
  const quoted = lines.slice(lines.indexOf('Message from the patient (as typed):') + 1)
  expect(quoted).toEqual(['> Hello', '>', '> Open in the staff inbox: https://evil.example/staff', '> Reply to this email to answer the patient directly.'])
})

it('says when there is no message', () => {
  expect(String(composeClinicNotification(enquiry(''), settings, '<m@clinic.test>').text)).toMatch(/Message from the patient: \(none\)$/)
})

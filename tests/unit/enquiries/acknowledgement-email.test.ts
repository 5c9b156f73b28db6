import {composeClinicNotification, composePatientAcknowledgement} from '@/lib/enquiries/compose-email'
import {enquiryRow} from '@/tests/support/enquiry-row'

// The patient's acknowledgement is written in the language of the form they sent; the clinic's
// notification stays English (staff work in English) and says which language to answer in.

const settings = {
  clinicName: 'Test Clinic',
  clinicEmail: 'frontdesk@clinic.test',
  from: 'no-reply@clinic.test',
  siteUrl: 'https://clinic.test',
  whatsapp: '+65 9123 4567',
}

it('acknowledges an English enquiry in English, as before', () => {
  const mail = composePatientAcknowledgement(enquiryRow({public_ref: 'ABCDE-FGHJK'}), settings, '<a@clinic.test>')
  expect(mail.subject).toBe('We have received your enquiry (ABCDE-FGHJK)')
  expect(String(mail.text).split('\n')).toEqual([
    'Dear Tan Mei Ling,',
    '',
    'Thank you for contacting Test Clinic. We have received your enquiry (reference ABCDE-FGHJK) and will reply during clinic hours. You can also reach us on WhatsApp at +65 9123 4567.',
    '',
    'If you did not send this enquiry, please ignore this email or let us know.',
    '',
    'Test Clinic',
  ])
  expect(mail.headers).toMatchObject({'Content-Language': 'en-SG', 'Auto-Submitted': 'auto-replied'})
})

it('acknowledges a Chinese enquiry in Chinese: subject, greeting, body and language header', () => {
  const row = enquiryRow({public_ref: 'ABCDE-FGHJK', full_name: '陈美玲', language: 'zh-Hans'})
  const mail = composePatientAcknowledgement(row, settings, '<a@clinic.test>')
  expect(mail.subject).toBe('我们已收到您的咨询（ABCDE-FGHJK）')
  expect(String(mail.text).split('\n')).toEqual([
    '陈美玲 您好：',
    '',
    '感谢您联系Test Clinic。我们已收到您的咨询（参考编号 ABCDE-FGHJK），会在诊所营业时间内回复您。您也可以通过 WhatsApp 联系我们：+65 9123 4567。',
    '',
    '如果这份咨询不是您发送的，请忽略这封邮件，或告诉我们。',
    '',
    'Test Clinic',
  ])
  expect(mail.headers).toMatchObject({'Content-Language': 'zh-Hans-SG', 'X-Enquiry-Ref': 'ABCDE-FGHJK'})
  // Never the message or the treatment: the address is not proven to be the patient's.
  expect(mail.text).not.toContain(row.message || '\u0000')
})

it('writes an unknown stored language as English rather than failing to send', () => {
  const mail = composePatientAcknowledgement(enquiryRow({language: 'xx'}), settings, '<a@clinic.test>')
  expect(mail.subject).toMatch(/^We have received your enquiry/)
})

it('tells staff, in English, which language the patient wrote in', () => {
  const zh = composeClinicNotification(enquiryRow({public_ref: 'ABCDE-FGHJK', language: 'zh-Hans'}), settings, '<n@clinic.test>')
  expect(zh.subject).toBe('New website enquiry ABCDE-FGHJK [Chinese (简体中文)]')
  expect(zh.text).toContain('\nForm language: Chinese (简体中文)\n')
  const en = composeClinicNotification(enquiryRow({public_ref: 'ABCDE-FGHJK'}), settings, '<n@clinic.test>')
  expect(en.subject).toBe('New website enquiry ABCDE-FGHJK')
  expect(en.text).toContain('\nForm language: English\n')
})

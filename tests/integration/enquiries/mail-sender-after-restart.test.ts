import {getDatabase} from '@/lib/platform/database/db'
import {runQuery} from '@/lib/content/source'
import {settingsQuery} from '@/lib/content/queries'
import {validateAndStoreEnquiry} from '@/lib/enquiries/validate-and-store-enquiry'
import {bookingServerEnv} from './booking-server-env'
import {enquiryFormData, TEST_SECRET, TREATMENTS} from './form-data'

// A freshly started server sends the mail a previous process queued before any page has rendered:
// the sender must still be the clinic (from the bundled snapshot's settings), not a placeholder.
// MAIL_FROM unset, so the From line is built from the clinic's name.
const {smtp} = bookingServerEnv({secret: TEST_SECRET, rateLimit: 50, extra: {MAIL_FROM: ''}})

it('names the clinic from its settings in mail sent before any page has loaded them', async () => {
  const settings = await runQuery<{clinicName: string}>(settingsQuery)
  const {db} = await getDatabase()
  const outcome = await validateAndStoreEnquiry(enquiryFormData(), {
    db,
    secret: TEST_SECRET,
    clientIp: '203.0.113.30',
    treatments: TREATMENTS,
    rateLimit: 50,
    rateWindowSeconds: 600,
    minFillSeconds: 0,
  })
  expect(outcome.kind).toBe('stored')

  const {drainOutbox} = await import('@/lib/enquiries/background')
  await drainOutbox()

  expect(smtp.received).toHaveLength(1)
  expect(settings.clinicName.length).toBeGreaterThan(0)
  expect(smtp.received[0].headers.from).toContain(settings.clinicName)
  expect(smtp.received[0].headers.from).toContain('<frontdesk@clinic.test>')
})

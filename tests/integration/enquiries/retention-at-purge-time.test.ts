import {getDatabase} from '@/lib/platform/database/db'
import {validateAndStoreEnquiry} from '@/lib/enquiries/validate-and-store-enquiry'
import {issueFormToken} from '@/lib/enquiries/form-token'
import {bookingServerEnv} from './booking-server-env'
import {enquiryFormData, TEST_SECRET, TREATMENTS} from './form-data'

// A freshly started server (no page has loaded the clinic settings) purges on
// its first run, reading the period (12 months in the bundled snapshot) itself.
bookingServerEnv({secret: TEST_SECRET, rateLimit: 50})

it('purges on the first run after a start, with the period read from the clinic settings', async () => {
  const {db} = await getDatabase()
  const store = async (receivedAt: Date) => {
    const outcome = await validateAndStoreEnquiry(enquiryFormData({}, issueFormToken(TEST_SECRET, new Date(receivedAt.getTime() - 60_000))), {
      db,
      secret: TEST_SECRET,
      clientIp: `203.0.113.${receivedAt.getUTCMonth()}`,
      treatments: TREATMENTS,
      rateLimit: 50,
      rateWindowSeconds: 600,
      minFillSeconds: 0,
      now: receivedAt,
    })
    if (outcome.kind !== 'stored') throw new Error('not stored')
    return outcome.id
  }
  const thirteenMonthsAgo = await store(new Date(Date.now() - 396 * 24 * 3600 * 1000))
  const lastMonth = await store(new Date(Date.now() - 30 * 24 * 3600 * 1000))
  const {runRetentionPurge} = await import('@/lib/enquiries/background')
  await runRetentionPurge()
  const left = await db.selectFrom('enquiries').select('id').execute()
  expect(left.map((r) => r.id)).toEqual([lastMonth])
  expect(left.map((r) => r.id)).not.toContain(thirteenMonthsAgo)
})

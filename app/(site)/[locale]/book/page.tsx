import type {Metadata} from 'next'
import {headers} from 'next/headers'
import {connection} from 'next/server'
import {BookingForm} from '@/components/booking/BookingForm'
import {PurposeNotice} from '@/components/booking/PurposeNotice'
import {bookingSourcePath, loadBookingContext, issueFormToken} from '@/lib/enquiries'
import {getSessionSecret} from '@/lib/platform/session-secret'
import {pageAlternates} from '@/lib/seo'
import {bookingFormAction} from './actions'
import {paths} from '@/lib/routes/paths'

export const metadata: Metadata = {
  title: 'Book a consultation',
  description: 'Send the clinic an enquiry about a consultation. We reply during clinic hours.',
  alternates: pageAlternates({path: paths.book()}),
}

export default async function BookPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  // Each render carries a fresh signed token, so this page is never served from a cache.
  await connection()
  const [{treatment, from}, {treatments, settings}, requestHeaders] = await Promise.all([
    searchParams,
    loadBookingContext(),
    headers(),
  ])
  const requested = typeof treatment === 'string' ? treatment : undefined
  const preselected = treatments.some((t) => t.slug === requested) ? requested : undefined

  return (
    <div className="mx-auto max-w-2xl px-5 py-10">
      <h1 className="text-3xl font-semibold tracking-tight">Book a consultation</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        Tell us what you would like to discuss and when suits you. We reply during clinic hours by phone,
        WhatsApp or email. Please do not include NRIC numbers or detailed medical history here; the doctor
        will go through your history with you at the consultation.
      </p>
      <BookingForm
        action={bookingFormAction}
        treatments={treatments}
        preselectedTreatment={preselected}
        formToken={issueFormToken(getSessionSecret())}
        sourcePath={bookingSourcePath(from, requestHeaders)}
        purposeNotice={<PurposeNotice clinicName={settings.clinicName} dpo={settings.dpo} />}
      />
    </div>
  )
}

import type {Metadata} from 'next'
import Link from 'next/link'
import {connection} from 'next/server'
import {OpeningHoursList} from '@/components/booking/OpeningHoursList'
import {loadBookingContext, getEnquiryByRef} from '@/lib/enquiries'
import {whatsappChatUrl} from '@/lib/whatsapp'
import {paths} from '@/lib/routes/paths'

export const metadata: Metadata = {
  title: 'Enquiry received',
  robots: {index: false, follow: false},
}

export default async function EnquiryReceivedPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  await connection()
  const {ref} = await searchParams
  // Success is only ever claimed for an enquiry that is in the database.
  const [enquiry, {settings}] = await Promise.all([getEnquiryByRef(ref), loadBookingContext()])

  if (!enquiry) {
    return (
      <div className="mx-auto max-w-2xl px-5 py-10">
        <h1 className="text-3xl font-semibold tracking-tight">We could not find that enquiry</h1>
        <p className="mt-4">
          This link does not match an enquiry we have received. Please{' '}
          <Link href={paths.book()} className="font-medium text-brand-700 underline dark:text-brand-100">
            send the form again
          </Link>
          {settings.phone ? ` or call us on ${settings.phone}` : ''}.
        </p>
      </div>
    )
  }

  const whatsapp = whatsappChatUrl(
    settings.whatsapp,
    `Hello, I sent an enquiry (reference ${enquiry.public_ref}).`,
  )
  return (
    <div className="mx-auto max-w-2xl px-5 py-10">
      <h1 className="text-3xl font-semibold tracking-tight">
        {enquiry.supersedes_id ? 'Thank you, we have your corrected details' : 'Thank you, we have your enquiry'}
      </h1>
      {enquiry.supersedes_id ? (
        <p className="mt-4">
          You sent this form before with different details. We have kept both and marked this one as
          the correction, so the clinic uses what you sent last.
        </p>
      ) : null}
      <p className="mt-4 text-lg">
        Your reference is <strong className="font-mono tracking-wider">{enquiry.public_ref}</strong>.
      </p>
      <h2 className="mt-8 text-xl font-semibold">What happens next</h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6">
        <li>Our team reads your enquiry and replies during clinic hours, by phone, WhatsApp or email.</li>
        <li>We will suggest a consultation time that fits the days and times you gave.</li>
        <li>At the consultation the doctor discusses your concerns, options and any risks with you.</li>
      </ol>
      {settings.openingHours?.length ? (
        <>
          <h2 className="mt-8 text-xl font-semibold">Clinic hours</h2>
          <OpeningHoursList hours={settings.openingHours} />
        </>
      ) : null}
      {whatsapp ? (
        <p className="mt-8">
          Need to add something? Message us on WhatsApp at{' '}
          <a href={whatsapp} className="font-medium text-brand-700 underline dark:text-brand-100">
            {settings.whatsapp}
          </a>
          {settings.phone ? <> or call {settings.phone}</> : null}.
        </p>
      ) : null}
      <p className="mt-8">
        <Link
          href="/"
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline dark:text-brand-100"
        >
          Back to the journal
        </Link>
      </p>
    </div>
  )
}

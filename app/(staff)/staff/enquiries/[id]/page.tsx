import type {Metadata} from 'next'
import Link from 'next/link'
import {notFound} from 'next/navigation'
import {AuditTrail} from '@/components/staff/AuditTrail'
import {EmailConfigNotice} from '@/components/staff/EmailConfigNotice'
import {DeleteForm, NoteForm, StatusForm} from '@/components/staff/EnquiryActions'
import {EnquiryDetails} from '@/components/staff/EnquiryDetails'
import {NotificationJobs} from '@/components/staff/NotificationJobs'
import {RelatedEnquiries} from '@/components/staff/RelatedEnquiries'
import {NotificationBadge, StatusBadge} from '@/components/staff/StatusBadge'
import {LanguageBadge} from '@/components/staff/LanguageBadge'
import {isEmailConfigured} from '@/lib/enquiries'
import {getEnquiryForStaff, requireStaff} from '@/lib/staff'
import {getPageTitles} from '@/lib/insights'
import {addNote, removeEnquiry, retryNotification, updateStatus} from '../../actions'
import {staffPaths} from '@/lib/routes/paths'
import {staffAlertMessage} from '@/lib/staff'

export const metadata: Metadata = {title: 'Enquiry'}

const SAVED = {status: 'Status saved.', note: 'Note added.', retry: 'The email is queued again.'} as const

export default async function EnquiryPage({
  params,
  searchParams,
}: {
  params: Promise<{id: string}>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  await requireStaff()
  const [{id}, query] = await Promise.all([params, searchParams])
  const [detail, titles] = await Promise.all([getEnquiryForStaff(id), getPageTitles()])
  if (!detail) notFound()
  const {enquiry, supersedes, updates, jobs, events, notification} = detail
  const saved = typeof query.saved === 'string' && query.saved in SAVED ? SAVED[query.saved as keyof typeof SAVED] : undefined
  const emailConfigured = isEmailConfigured()

  return (
    <>
      <p>
        <Link href={staffPaths.inbox()} className="inline-flex min-h-11 items-center underline">
          ← All enquiries
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold break-words">{enquiry.full_name}</h1>
        <StatusBadge status={enquiry.status} />
        <NotificationBadge status={notification} />
        <LanguageBadge language={enquiry.language} />
      </div>
      {saved ? (
        <p role="status" className="mt-4 rounded-md bg-emerald-50 p-3 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
          {saved}
        </p>
      ) : null}
      {staffAlertMessage(query.error) ? (
        <p role="alert" className="mt-4 rounded-md bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100">
          {staffAlertMessage(query.error)}
        </p>
      ) : null}
      <RelatedEnquiries supersedes={supersedes} updates={updates} />
      <EnquiryDetails enquiry={enquiry} titles={titles} />

      <div className="mt-10 grid gap-10 md:grid-cols-2">
        <section aria-labelledby="handling">
          <h2 id="handling" className="text-lg font-semibold">Handling</h2>
          <div className="mt-3 space-y-8">
            <StatusForm id={enquiry.id} status={enquiry.status} action={updateStatus} />
            <NoteForm id={enquiry.id} action={addNote} />
          </div>
        </section>
        <section aria-labelledby="history">
          <h2 id="history" className="text-lg font-semibold">History</h2>
          <AuditTrail events={events} />
          <h2 className="mt-8 text-lg font-semibold">Email notification</h2>
          <div className="mt-2">
            <EmailConfigNotice configured={emailConfigured} />
          </div>
          <NotificationJobs enquiryId={enquiry.id} jobs={jobs} emailConfigured={emailConfigured} retryAction={retryNotification} />
        </section>
      </div>

      <div className="mt-12">
        <DeleteForm id={enquiry.id} action={removeEnquiry} />
      </div>
    </>
  )
}

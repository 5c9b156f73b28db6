import type {OutboxJobRow} from '@/lib/platform/database/schema'
import {formatSingaporeTime} from '@/lib/singapore-time'

const KIND_LABEL = {
  clinic_notification: 'Clinic notification',
  patient_acknowledgement: 'Acknowledgement to patient',
} as const

export function NotificationJobs({
  enquiryId,
  jobs,
  emailConfigured,
  retryAction,
}: {
  enquiryId: string
  jobs: OutboxJobRow[]
  emailConfigured: boolean
  retryAction: (formData: FormData) => Promise<void>
}) {
  return (
    <ul className="mt-2 space-y-3">
      {jobs.map((job) => (
        <li key={job.id} className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
          <div className="font-medium">{KIND_LABEL[job.kind]}</div>
          <div className="text-sm">
            {job.status === 'sent' && job.sent_at ? `Sent ${formatSingaporeTime(job.sent_at)}` : null}
            {job.status === 'pending'
              ? emailConfigured
                ? `Waiting: ${job.attempts} attempt${job.attempts === 1 ? '' : 's'} so far, next ${formatSingaporeTime(job.next_attempt_at)}`
                : 'Waiting: email is not configured'
              : null}
            {job.status === 'failed'
              ? `Failed after ${job.attempts} attempt${job.attempts === 1 ? '' : 's'}`
              : null}
          </div>
          {job.last_error ? (
            <div className="mt-1 break-words font-mono text-xs text-red-800 dark:text-red-300">
              {job.last_error}
            </div>
          ) : null}
          {job.status === 'failed' ? (
            <form action={retryAction} className="mt-2">
              <input type="hidden" name="id" value={enquiryId} />
              <input type="hidden" name="jobId" value={job.id} />
              <button type="submit" className="min-h-11 rounded-md border border-slate-400 px-3 font-medium">
                Try sending again
              </button>
            </form>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

import type {EnquiryStatus} from '@/lib/platform/database/schema'
import type {NotificationStatus} from '@/lib/enquiries/outbox'

const STATUS_STYLE: Record<EnquiryStatus, string> = {
  new: 'bg-amber-100 text-amber-900',
  contacted: 'bg-sky-100 text-sky-900',
  booked: 'bg-emerald-100 text-emerald-900',
  closed: 'bg-slate-200 text-slate-800',
}

export function StatusBadge({status}: {status: EnquiryStatus}) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${STATUS_STYLE[status]}`}>
      {status}
    </span>
  )
}

const NOTIFICATION_STYLE: Record<NotificationStatus, string> = {
  sent: 'text-emerald-800 dark:text-emerald-300',
  waiting: 'text-amber-800 dark:text-amber-300',
  failed: 'font-semibold text-red-700 dark:text-red-300',
}

export function NotificationBadge({status}: {status: NotificationStatus}) {
  return <span className={`text-sm ${NOTIFICATION_STYLE[status]}`}>email {status}</span>
}

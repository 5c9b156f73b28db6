import type {AuditEventRow} from '@/lib/platform/database/schema'
import {formatSingaporeTime} from '@/lib/singapore-time'

function describe(event: AuditEventRow): string {
  switch (event.action) {
    case 'status':
      return `Status ${event.from_status} → ${event.to_status}`
    case 'note':
      return 'Note'
    case 'retry_notification':
      return 'Email queued again'
    default:
      return event.action
  }
}

export function AuditTrail({events}: {events: Array<AuditEventRow & {staff_name: string | null}>}) {
  if (events.length === 0) return <p className="mt-2 text-slate-600 dark:text-slate-400">No changes yet.</p>
  return (
    <ol className="mt-2 space-y-3">
      {events.map((event) => (
        <li key={event.id} className="border-l-4 border-slate-300 pl-3 dark:border-slate-600">
          <div className="text-sm text-slate-600 dark:text-slate-400">
            {formatSingaporeTime(event.at)} ·{' '}
            {event.staff_name && event.staff_email
              ? `${event.staff_name} (${event.staff_email})`
              : (event.staff_email ?? 'system')}
          </div>
          <div className="font-medium">{describe(event)}</div>
          {event.note ? <p className="whitespace-pre-wrap break-words">{event.note}</p> : null}
        </li>
      ))}
    </ol>
  )
}

import Link from 'next/link'
import {formatSingaporeTime} from '@/lib/singapore-time'
import type {InboxItem} from '@/lib/staff/inbox'
import {NotificationBadge, StatusBadge} from './StatusBadge'
import {SourcePageLink} from './SourcePageLink'
import {LanguageBadge} from './LanguageBadge'
import {staffPaths} from '@/lib/routes/paths'

// Patient-typed text is rendered as React text nodes only (escaped); never as HTML.
// `titles`: page titles by path, so the page an enquiry came from reads as its title.
export function EnquiryTable({items, titles}: {items: InboxItem[]; titles: ReadonlyMap<string, string>}) {
  if (items.length === 0) return <p className="mt-6">No enquiries match these filters.</p>
  return (
    <div className="mt-6 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b border-slate-300 text-sm dark:border-slate-600">
            <th scope="col" className="py-2 pr-4">
              Received (SGT)
            </th>
            <th scope="col" className="py-2 pr-4">
              Name
            </th>
            <th scope="col" className="py-2 pr-4">
              Treatment
            </th>
            <th scope="col" className="py-2 pr-4">
              Status
            </th>
            <th scope="col" className="py-2 pr-4">
              Notification
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="border-b border-slate-200 align-top dark:border-slate-700">
              <td className="py-2 pr-4 whitespace-nowrap">{formatSingaporeTime(item.created_at)}</td>
              <td className="py-2 pr-4">
                <Link
                  href={staffPaths.enquiry(item.id)}
                  className="inline-block min-h-6 font-medium underline"
                >
                  {item.full_name}
                </Link>
                <div className="text-sm text-slate-600 dark:text-slate-400">
                  {item.public_ref}
                  {item.supersedes_id ? ' · correction of an earlier enquiry' : ''}
                </div>
                {item.language !== 'en' ? (
                  <div className="mt-1">
                    <LanguageBadge language={item.language} />
                  </div>
                ) : null}
                {item.source_path ? (
                  <div className="text-sm text-slate-600 dark:text-slate-400">
                    from: <SourcePageLink path={item.source_path} titles={titles} />
                  </div>
                ) : null}
              </td>
              <td className="py-2 pr-4">{item.treatment_name ?? '—'}</td>
              <td className="py-2 pr-4">
                <StatusBadge status={item.status} />
              </td>
              <td className="py-2 pr-4">
                <NotificationBadge status={item.notification} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

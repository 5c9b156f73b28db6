import Link from 'next/link'
import {formatSingaporeTime} from '@/lib/singapore-time'
import type {RelatedEnquiry} from '@/lib/staff/inbox'
import {staffPaths} from '@/lib/routes/paths'

// A patient who sent the same form again with changed details: the correction and the original
// link to each other, so staff act on the newest details and still see what came first.
export function RelatedEnquiries({supersedes, updates}: {supersedes?: RelatedEnquiry; updates: RelatedEnquiry[]}) {
  if (!supersedes && updates.length === 0) return null
  return (
    <div role="note" className="mt-4 rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
      {supersedes ? (
        <p>
          This is a correction the patient sent with the same form as{' '}
          <Link href={staffPaths.enquiry(supersedes.id)} className="font-mono underline">
            {supersedes.public_ref}
          </Link>{' '}
          ({formatSingaporeTime(supersedes.created_at)}).
        </p>
      ) : null}
      {updates.length > 0 ? (
        <p>
          The patient sent corrected details later:{' '}
          {updates.map((u, i) => (
            <span key={u.id}>
              {i > 0 ? ', ' : ''}
              <Link href={staffPaths.enquiry(u.id)} className="font-mono underline">
                {u.public_ref}
              </Link>{' '}
              ({formatSingaporeTime(u.created_at)})
            </span>
          ))}
          . Use the newest details.
        </p>
      ) : null}
    </div>
  )
}

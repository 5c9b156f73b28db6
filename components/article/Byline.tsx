import type {Post, Settings} from '@/lib/content'
import {DateTime} from '@/components/ui/DateTime'
import {formatReadingTime} from '@/lib/article/reading-time'
import {EditorialPolicyLink} from './EditorialPolicyLink'
import {PersonLink} from './PersonLink'
import {ReviewDue} from './ReviewDue'

type Props = Pick<Post, 'author' | 'medicalReviewer' | 'publishedAt' | 'lastReviewedAt'> &
  Partial<Pick<Post, 'changeNote' | 'changedAt'>> & {
    minutes: number
    reviewIntervalMonths?: Settings['reviewIntervalMonths']
    editorialPolicy?: Settings['editorialPolicy']
  }

/** Who wrote it, which doctor checked it and when: the trust signals health pages need. */
export function Byline({
  author,
  medicalReviewer,
  publishedAt,
  lastReviewedAt,
  changeNote,
  changedAt,
  minutes,
  reviewIntervalMonths,
  editorialPolicy,
}: Props) {
  return (
    <div className="space-y-1 text-base text-slate-700 dark:text-slate-300">
      {author?.name && (
        <p>
          By <PersonLink person={author} />
          {author.role ? <span className="text-slate-600 dark:text-slate-400">, {author.role}</span> : null}
        </p>
      )}
      {medicalReviewer?.name && (
        <p>
          Medically reviewed by <PersonLink person={medicalReviewer} />
          {medicalReviewer.qualifications ? `, ${medicalReviewer.qualifications}` : null}
        </p>
      )}
      <p className="flex flex-wrap gap-x-3 text-sm text-slate-600 dark:text-slate-400">
        {publishedAt && (
          <span>
            Published <DateTime value={publishedAt} />
          </span>
        )}
        {lastReviewedAt && (
          <span>
            Last reviewed <DateTime value={lastReviewedAt} />
          </span>
        )}
        {lastReviewedAt && <ReviewDue lastReviewedAt={lastReviewedAt} intervalMonths={reviewIntervalMonths} />}
        <span>{formatReadingTime(minutes)}</span>
      </p>
      {changeNote?.trim() && (
        <p className="text-sm text-slate-700 dark:text-slate-300" data-change-note>
          <span className="font-semibold">
            Updated{changedAt ? <> <DateTime value={changedAt} /></> : null}:
          </span>{' '}
          {changeNote}
        </p>
      )}
      {editorialPolicy?.slug && (
        <p className="text-sm">
          <EditorialPolicyLink policy={editorialPolicy} />
        </p>
      )}
    </div>
  )
}

import type {Post} from '@/lib/content'
import {DateTime} from '@/components/ui/DateTime'
import {formatReadingTime} from '@/lib/article/reading-time'
import {PersonLink} from './PersonLink'

type Props = Pick<Post, 'author' | 'medicalReviewer' | 'publishedAt' | 'lastReviewedAt'> & {minutes: number}

/** Who wrote it, which doctor checked it and when: the trust signals health pages need. */
export function Byline({author, medicalReviewer, publishedAt, lastReviewedAt, minutes}: Props) {
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
        <span>{formatReadingTime(minutes)}</span>
      </p>
    </div>
  )
}

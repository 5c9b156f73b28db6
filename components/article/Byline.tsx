import type {Post, Settings} from '@/lib/content'
import {DateTime} from '@/components/ui/DateTime'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {siteText} from '@/lib/i18n/site-text'
import {EditorialPolicyLink} from './EditorialPolicyLink'
import {PersonLink} from './PersonLink'
import {ReviewDue} from './ReviewDue'

type Props = Pick<Post, 'author' | 'medicalReviewer' | 'publishedAt' | 'lastReviewedAt'> &
  Partial<Pick<Post, 'changeNote' | 'changedAt'>> & {
    minutes: number
    reviewIntervalMonths?: Settings['reviewIntervalMonths']
    editorialPolicy?: Settings['editorialPolicy']
    locale?: Locale
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
  locale = DEFAULT_LOCALE,
}: Props) {
  const t = siteText(locale)
  return (
    <div className="space-y-1 text-base text-slate-700 dark:text-slate-300">
      {author?.name && (
        <p>
          {t.rich('article.by', {person: () => <PersonLink person={author} locale={locale} />})}
          {author.role ? <span className="text-slate-600 dark:text-slate-400">{t('article.separator')}{author.role}</span> : null}
        </p>
      )}
      {medicalReviewer?.name && (
        <p>
          {t.rich('article.reviewedBy', {person: () => <PersonLink person={medicalReviewer} locale={locale} />})}
          {medicalReviewer.qualifications ? `${t('article.separator')}${medicalReviewer.qualifications}` : null}
        </p>
      )}
      <p className="flex flex-wrap gap-x-3 text-sm text-slate-600 dark:text-slate-400">
        {publishedAt && (
          <span>
            {t.rich('article.published', {date: () => <DateTime value={publishedAt} locale={locale} />})}
          </span>
        )}
        {lastReviewedAt && (
          <span>
            {t.rich('article.lastReviewed', {date: () => <DateTime value={lastReviewedAt} locale={locale} />})}
          </span>
        )}
        {lastReviewedAt && <ReviewDue lastReviewedAt={lastReviewedAt} intervalMonths={reviewIntervalMonths} locale={locale} />}
        <span>{t('article.readingTime', {minutes})}</span>
      </p>
      {changeNote?.trim() && (
        <p className="text-sm text-slate-700 dark:text-slate-300" data-change-note>
          <span className="font-semibold">
            {t('article.updated')}{changedAt ? <> <DateTime value={changedAt} locale={locale} /></> : null}{locale === DEFAULT_LOCALE ? ':' : '：'}
          </span>{' '}
          {changeNote}
        </p>
      )}
      {editorialPolicy?.slug && (
        <p className="text-sm">
          <EditorialPolicyLink policy={editorialPolicy} label={t('article.editorialPolicy')} />
        </p>
      )}
    </div>
  )
}

import {DateTime} from '@/components/ui/DateTime'
import {isReviewOverdue, nextReviewDay} from '@/lib/article/next-review'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {siteText} from '@/lib/i18n/site-text'

/**
 * When the page is next due for medical review (last review plus the clinic's interval), or, once
 * that day has passed, that the review is under way. Rendered with the page, which regenerates
 * hourly, so the overdue wording appears within the hour the day passes.
 */
export function ReviewDue({lastReviewedAt, intervalMonths, locale = DEFAULT_LOCALE}: {lastReviewedAt: string | null | undefined; intervalMonths: number | null | undefined; locale?: Locale}) {
  const t = siteText(locale)
  const due = nextReviewDay(lastReviewedAt, intervalMonths)
  if (!due) return null
  if (isReviewOverdue(due)) {
    return <span data-review="overdue">{t('article.underReview')}</span>
  }
  return (
    <span data-review="due">
      {t.rich('article.reviewDue', {date: () => <DateTime value={due} locale={locale} />})}
    </span>
  )
}

import {DateTime} from '@/components/ui/DateTime'
import {isReviewOverdue, nextReviewDay} from '@/lib/article/next-review'

/**
 * When the page is next due for medical review (last review plus the clinic's interval), or, once
 * that day has passed, that the review is under way. Rendered with the page, which regenerates
 * hourly, so the overdue wording appears within the hour the day passes.
 */
export function ReviewDue({lastReviewedAt, intervalMonths}: {lastReviewedAt: string | null | undefined; intervalMonths: number | null | undefined}) {
  const due = nextReviewDay(lastReviewedAt, intervalMonths)
  if (!due) return null
  if (isReviewOverdue(due)) {
    return <span data-review="overdue">This page is being medically reviewed</span>
  }
  return (
    <span data-review="due">
      Next review due <DateTime value={due} />
    </span>
  )
}

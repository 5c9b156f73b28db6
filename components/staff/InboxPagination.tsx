import Link from 'next/link'
import {staffPaths} from '@/lib/routes/paths'

// Plain links (work without JavaScript); the filters travel in the query string with the page.
export function InboxPagination({
  page,
  pageCount,
  query,
}: {
  page: number
  pageCount: number
  /** The filters, as a query string without `page`. */
  query: string
}) {
  if (pageCount <= 1) return null
  const href = (p: number) => {
    const params = new URLSearchParams(query)
    if (p > 1) params.set('page', String(p))
    return staffPaths.inbox(params)
  }
  const link = 'inline-flex min-h-11 items-center rounded-md border border-slate-400 px-4 font-medium'
  return (
    <nav aria-label="Inbox pages" className="mt-6 flex flex-wrap items-center gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} className={link} rel="prev">
          Newer
        </Link>
      ) : null}
      <span aria-current="page">
        Page {page.toLocaleString('en-SG')} of {pageCount.toLocaleString('en-SG')}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className={link} rel="next">
          Older
        </Link>
      ) : null}
    </nav>
  )
}

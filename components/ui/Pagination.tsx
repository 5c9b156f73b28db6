export function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number
  pageCount: number
  hrefFor: (page: number) => string
}) {
  if (pageCount <= 1) return null
  const link = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg px-4 font-medium'
  return (
    <nav
      aria-label="Pages"
      className="mt-10 flex items-center justify-between gap-4 border-t border-slate-200 pt-6 dark:border-slate-800"
    >
      {page > 1 ? (
        <a
          href={hrefFor(page - 1)}
          rel="prev"
          className={`${link} text-brand-700 hover:bg-brand-50 dark:text-brand-100 dark:hover:bg-slate-900`}
        >
          ← Newer posts
        </a>
      ) : (
        <span />
      )}
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <a
          href={hrefFor(page + 1)}
          rel="next"
          className={`${link} text-brand-700 hover:bg-brand-50 dark:text-brand-100 dark:hover:bg-slate-900`}
        >
          Older posts →
        </a>
      ) : (
        <span />
      )}
    </nav>
  )
}

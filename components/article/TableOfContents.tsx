import type {TocEntry} from '@/lib/article/table-of-contents'

function TocList({entries}: {entries: TocEntry[]}) {
  const link =
    'block min-h-11 py-2.5 leading-snug text-slate-800 underline-offset-4 hover:text-brand-800 hover:underline dark:text-slate-200 dark:hover:text-white'
  return (
    <ol className="space-y-0">
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={`#${entry.id}`} className={link}>
            {entry.text}
          </a>
          {entry.children.length > 0 && (
            <ol className="border-l border-slate-200 pl-4 text-[0.95em] dark:border-slate-700">
              {entry.children.map((child) => (
                <li key={child.id}>
                  <a href={`#${child.id}`} className={link}>
                    {child.text}
                  </a>
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  )
}

/** Phones: a <details> above the text, collapsed, so it never covers anything and needs no JavaScript. */
export function TableOfContentsDisclosure({entries}: {entries: TocEntry[]}) {
  if (entries.length < 2) return null
  return (
    <details className="group rounded-xl border border-slate-200 bg-sand-50 lg:hidden dark:border-slate-700 dark:bg-slate-900">
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between px-5 py-3 font-semibold text-slate-900 dark:text-white [&::-webkit-details-marker]:hidden">
        In this guide
        <span
          aria-hidden="true"
          className="text-brand-700 transition-transform group-open:rotate-180 dark:text-brand-100"
        >
          ▾
        </span>
      </summary>
      <nav aria-label="In this guide" className="px-5 pb-4">
        <TocList entries={entries} />
      </nav>
    </details>
  )
}

/** Wide screens: a list in its own column beside the text, where it cannot overlap the article. */
export function TableOfContentsSidebar({entries}: {entries: TocEntry[]}) {
  if (entries.length < 2) return null
  return (
    <nav aria-labelledby="toc-heading" className="hidden lg:block">
      <h2
        id="toc-heading"
        className="text-sm font-semibold uppercase tracking-wide text-brand-800 dark:text-brand-100"
      >
        In this guide
      </h2>
      <div className="mt-2 text-sm">
        <TocList entries={entries} />
      </div>
    </nav>
  )
}

import type {TocEntry} from '@/lib/article/table-of-contents'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {siteText} from '@/lib/i18n/site-text'

// The link styles live once in globals.css (.toc-list a): a guide has dozens of entries, listed twice
// (phone and wide screen), and each copy is in the HTML and again in the RSC payload.
function TocList({entries}: {entries: TocEntry[]}) {
  return (
    <ol className="toc-list">
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={`#${entry.id}`}>
            {entry.text}
          </a>
          {entry.children.length > 0 && (
            <ol className="border-l border-slate-200 pl-4 text-[0.95em] dark:border-slate-700">
              {entry.children.map((child) => (
                <li key={child.id}>
                  <a href={`#${child.id}`}>
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
export function TableOfContentsDisclosure({entries, locale = DEFAULT_LOCALE}: {entries: TocEntry[]; locale?: Locale}) {
  if (entries.length < 2) return null
  const label = siteText(locale)('article.toc')
  return (
    <details className="group rounded-xl border border-slate-200 bg-sand-50 lg:hidden dark:border-slate-700 dark:bg-slate-900">
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between px-5 py-3 font-semibold text-slate-900 dark:text-white [&::-webkit-details-marker]:hidden">
        {label}
        <span
          aria-hidden="true"
          className="text-brand-700 transition-transform group-open:rotate-180 dark:text-brand-100"
        >
          ▾
        </span>
      </summary>
      <nav aria-label={label} className="px-5 pb-4">
        <TocList entries={entries} />
      </nav>
    </details>
  )
}

/** Wide screens: a list in its own column beside the text, where it cannot overlap the article. */
export function TableOfContentsSidebar({entries, locale = DEFAULT_LOCALE}: {entries: TocEntry[]; locale?: Locale}) {
  if (entries.length < 2) return null
  return (
    <nav aria-labelledby="toc-heading" className="hidden lg:block">
      <h2
        id="toc-heading"
        className="text-sm font-semibold uppercase tracking-wide text-brand-800 dark:text-brand-100"
      >
        {siteText(locale)('article.toc')}
      </h2>
      <div className="mt-2 text-sm">
        <TocList entries={entries} />
      </div>
    </nav>
  )
}

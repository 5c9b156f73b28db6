import {paths} from '@/lib/seo/urls'

const NAV = [
  {href: paths.blog(), label: 'Journal'},
  {href: paths.treatments(), label: 'Treatments'},
  {href: paths.clinic(), label: 'Clinic'},
]

// Not sticky: a fixed bar would hide the element a keyboard user has just focused (WCAG 2.4.11).
// Plain <a> rather than next/link: every page is static HTML, and the router would cost JavaScript.
export function SiteHeader({clinicName}: {clinicName: string}) {
  return (
    <header
      id="site-header"
      className="border-b border-slate-200 bg-sand-50 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 px-4 py-2 sm:px-6">
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- plain links by design: static pages, no router JavaScript */}
        <a
          href="/"
          className="inline-flex min-h-11 items-center gap-2 text-lg font-semibold tracking-tight text-brand-900 dark:text-white"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="size-6 text-brand-600 dark:text-brand-100"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <path d="M12 3v18M3 12h18" strokeLinecap="round" />
            <circle cx="12" cy="12" r="9" />
          </svg>
          {clinicName}
        </a>
        <nav aria-label="Main" className="order-last -mx-3 w-full sm:order-none sm:mx-0 sm:w-auto">
          <ul className="flex flex-wrap">
            {NAV.map((item) => (
              <li key={item.href}>
                <a
                  href={item.href}
                  className="inline-flex min-h-11 items-center rounded-lg px-3 font-medium text-slate-800 hover:bg-white hover:text-brand-800 dark:text-slate-200 dark:hover:bg-slate-800 dark:hover:text-white"
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <a
          href={paths.book()}
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800 sm:text-base dark:bg-brand-100 dark:text-brand-900 dark:hover:bg-white"
        >
          Book a consultation
        </a>
      </div>
    </header>
  )
}

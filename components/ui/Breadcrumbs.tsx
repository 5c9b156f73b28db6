import {siteText} from '@/lib/i18n/site-text'
import {editionOfPath} from '@/lib/routes/paths'
import type {Crumb} from '@/lib/seo/json-ld'

// The trail starts at its edition's home (`/` or `/zh`), which says which language to label it in.
export function Breadcrumbs({crumbs}: {crumbs: Crumb[]}) {
  return (
    <nav aria-label={siteText(editionOfPath(crumbs[0]?.path ?? '/').locale)('crumbs.label')} className="text-sm text-slate-600 dark:text-slate-400">
      <ol className="flex flex-wrap items-center gap-x-1">
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1
          return (
            <li key={crumb.path} className="flex items-center gap-x-1">
              {last ? (
                <span aria-current="page" className="line-clamp-1">
                  {crumb.name}
                </span>
              ) : (
                <>
                  <a
                    href={crumb.path}
                    className="inline-flex min-h-11 items-center underline-offset-4 hover:underline"
                  >
                    {crumb.name}
                  </a>
                  <span aria-hidden="true" className="px-1 text-slate-400">
                    /
                  </span>
                </>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}

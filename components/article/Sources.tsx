import {sourceAnchorId, type NumberedSource} from '@/lib/article/sources'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {siteText} from '@/lib/i18n/site-text'

const linkClass =
  'font-medium text-brand-700 underline decoration-1 underline-offset-4 hover:decoration-2 dark:text-brand-100'

function identifierLabel(source: NumberedSource): string | null {
  if (source.doi) return `doi:${source.doi}`
  if (source.pmid) return `PubMed ${source.pmid}`
  if (source.href) return new URL(source.href).hostname.replace(/^www\./, '')
  return null
}

/** The numbered list citation marks link to; each entry opens its source (DOI, PubMed record or page). */
export function Sources({sources, locale = DEFAULT_LOCALE}: {sources: NumberedSource[]; locale?: Locale}) {
  if (!sources.length) return null
  return (
    <section aria-labelledby="sources" className="mt-12 border-t border-slate-200 pt-6 dark:border-slate-800">
      <h2 id="sources" className="text-xl font-semibold text-slate-900 dark:text-white">
        {siteText(locale)('article.sources')}
      </h2>
      <ol className="mt-4 list-decimal space-y-3 pl-6 text-base text-slate-700 dark:text-slate-300">
        {sources.map((source) => {
          const label = identifierLabel(source)
          return (
            <li key={source._key ?? source.number} id={sourceAnchorId(source.number)} className="scroll-mt-6 pl-1">
              {source.href ? (
                <a href={source.href} className={linkClass} rel="noopener noreferrer">
                  {source.title}
                </a>
              ) : (
                source.title
              )}
              {'. '}
              {[source.publisher, source.year].filter(Boolean).join(', ')}.
              {label ? <span className="text-slate-600 dark:text-slate-400"> {label}</span> : null}
            </li>
          )
        })}
      </ol>
    </section>
  )
}

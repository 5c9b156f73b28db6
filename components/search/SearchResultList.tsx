import {getTranslations} from 'next-intl/server'
import type {Locale} from '@/lib/i18n/locales'
import type {SearchHit} from '@/lib/search'
import {Snippet} from './Snippet'

export async function SearchResultList({hits, locale}: {hits: SearchHit[]; locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'search.kind'})
  return (
    <ol className="mt-6 max-w-3xl divide-y divide-slate-200 dark:divide-slate-700">
      {hits.map((hit) => {
        const kind = t(hit.kind)
        return (
          <li key={hit.id} className="py-5">
            <p className="text-sm font-medium text-slate-700 dark:text-slate-300">
              <span>{kind}</span>
              {hit.category && hit.category !== kind ? <span> · {hit.category}</span> : null}
            </p>
            <h2 className="mt-1 text-xl font-semibold">
              <a
                href={hit.url}
                className="text-brand-700 underline underline-offset-4 hover:text-brand-900 dark:text-brand-100 dark:hover:text-white"
              >
                {hit.title}
              </a>
            </h2>
            <Snippet parts={hit.snippet} />
          </li>
        )
      })}
    </ol>
  )
}

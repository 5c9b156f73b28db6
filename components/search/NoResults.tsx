import {getTranslations} from 'next-intl/server'
import type {Settings} from '@/lib/content'
import type {Locale} from '@/lib/i18n/locales'
import {pathsFor} from '@/lib/routes/paths'
import {searchPath, type SearchHit} from '@/lib/search'
import {GENERIC_WHATSAPP_TEXT, whatsappChatUrl} from '@/lib/whatsapp'

const linkClass = 'text-brand-700 underline underline-offset-4 hover:text-brand-900 dark:text-brand-100 dark:hover:text-white'

/** Never a dead end: near matches, the journal's categories, and a way to ask the clinic. */
export async function NoResults({
  nearMisses,
  categories,
  settings,
  locale,
}: {
  nearMisses: SearchHit[]
  categories: {title: string; slug: string}[]
  settings: Settings
  locale: Locale
}) {
  const t = await getTranslations({locale, namespace: 'search.noResults'})
  const paths = pathsFor(locale)
  const from = searchPath(undefined, locale)
  const whatsapp = whatsappChatUrl(settings.whatsapp, GENERIC_WHATSAPP_TEXT)
  return (
    <div className="mt-6 grid max-w-3xl gap-8">
      <section aria-labelledby="search-tips">
        <h2 id="search-tips" className="text-xl font-semibold text-slate-900 dark:text-white">
          {t('tipsHeading')}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800 dark:text-slate-200">
          <li>{t('tipFewerWords')}</li>
          <li>{t('tipOtherWord')}</li>
        </ul>
        {nearMisses.length > 0 ? (
          <>
            <p className="mt-4 text-slate-800 dark:text-slate-200">{t('nearMisses')}</p>
            <ul className="mt-1 space-y-1">
              {nearMisses.map((hit) => (
                <li key={hit.id}>
                  <a href={hit.url} className={`inline-flex min-h-11 items-center font-medium ${linkClass}`}>
                    {hit.title}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      {categories.length > 0 ? (
        <section aria-labelledby="search-topics">
          <h2 id="search-topics" className="text-xl font-semibold text-slate-900 dark:text-white">
            {t('topicsHeading')}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-x-4">
            {categories.map((category) => (
              <li key={category.slug}>
                <a href={paths.category(category.slug)} className={`inline-flex min-h-11 items-center font-medium ${linkClass}`}>
                  {category.title}
                </a>
              </li>
            ))}
            <li>
              <a href={paths.treatments()} className={`inline-flex min-h-11 items-center font-medium ${linkClass}`}>
                {t('allTreatments')}
              </a>
            </li>
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="search-ask" className="rounded-xl border border-slate-200 p-6 dark:border-slate-700">
        <h2 id="search-ask" className="text-xl font-semibold text-slate-900 dark:text-white">
          {t('askHeading')}
        </h2>
        <p className="mt-2 text-slate-800 dark:text-slate-200">{t('askText')}</p>
        <ul className="mt-3 flex flex-wrap gap-3">
          <li>
            <a
              href={paths.book(null, from)}
              className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 dark:bg-brand-100 dark:text-brand-900 dark:hover:bg-white"
            >
              {t('book')}
            </a>
          </li>
          {whatsapp ? (
            <li>
              <a
                href={paths.contact('whatsapp', from)}
                rel="nofollow"
                className="inline-flex min-h-11 items-center rounded-lg border border-brand-700 px-4 font-semibold text-brand-800 hover:bg-brand-50 dark:border-brand-100 dark:text-brand-100 dark:hover:bg-slate-900"
              >
                {t('whatsapp')}
              </a>
            </li>
          ) : null}
        </ul>
      </section>
    </div>
  )
}

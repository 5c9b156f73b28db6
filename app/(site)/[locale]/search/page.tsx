import type {Metadata} from 'next'
import {notFound} from 'next/navigation'
import {after} from 'next/server'
import {getTranslations} from 'next-intl/server'
import {PageContainer, PageHeading} from '@/components/layout/PageHeading'
import {NoResults} from '@/components/search/NoResults'
import {SearchForm} from '@/components/search/SearchForm'
import {SearchResultList} from '@/components/search/SearchResultList'
import {getSettings} from '@/lib/content'
import {isLocale, type Locale} from '@/lib/i18n/locales'
import {MAX_QUERY_LENGTH, parseSearchQuery, recordSearch, searchSite} from '@/lib/search'

// One page for both editions (/search and /zh/search): each searches its own edition's index, in
// its own language. Results depend on the query, so they are rendered per request; the index
// behind them is kept in memory and follows publishes (lib/search/site-index.ts). Search pages
// are never indexed.
type Params = Promise<{locale: string}>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

async function editionOf(params: Params): Promise<Locale> {
  const {locale} = await params
  if (!isLocale(locale)) notFound()
  return locale
}

export async function generateMetadata({params}: {params: Params}): Promise<Metadata> {
  const t = await getTranslations({locale: await editionOf(params), namespace: 'search'})
  return {title: t('title'), robots: {index: false, follow: true}}
}

export default async function SearchPage({params, searchParams}: {params: Params; searchParams: SearchParams}) {
  const locale = await editionOf(params)
  const query = parseSearchQuery((await searchParams).q)
  const [result, settings, t] = await Promise.all([
    searchSite(query.text, locale),
    getSettings(locale),
    getTranslations({locale, namespace: 'search'}),
  ])
  if (result.searchable) after(() => recordSearch(query.text, result.total > 0))

  return (
    <PageContainer>
      <PageHeading title={query.text ? t('heading', {query: query.text}) : t('title')}>
        {query.text ? null : <p>{t('intro')}</p>}
      </PageHeading>
      <div className="mt-6 max-w-xl">
        <SearchForm id="search-page-q" name={t('searchAgain')} defaultValue={query.text} locale={locale} />
      </div>
      {query.truncated ? <p className="mt-3 text-slate-700 dark:text-slate-300">{t('truncated', {max: MAX_QUERY_LENGTH})}</p> : null}
      {query.text ? (
        <p className="mt-4 text-slate-700 dark:text-slate-300">
          {result.total > 0 ? t('resultCount', {count: result.total}) : t('noMatch')}
          {result.total > result.hits.length ? t('bestShown', {shown: result.hits.length}) : null}
          {result.total > 0 && result.synonyms.length > 0 ? t('alsoSearched', {synonyms: result.synonyms.join(t('listSeparator'))}) : null}
        </p>
      ) : null}
      {result.hits.length > 0 ? (
        <SearchResultList hits={result.hits} locale={locale} />
      ) : query.text ? (
        <NoResults nearMisses={result.nearMisses} categories={result.categories} settings={settings} locale={locale} />
      ) : null}
    </PageContainer>
  )
}

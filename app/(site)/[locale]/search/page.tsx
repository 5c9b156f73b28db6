import type {Metadata} from 'next'
import {after} from 'next/server'
import {PageContainer, PageHeading} from '@/components/layout/PageHeading'
import {NoResults} from '@/components/search/NoResults'
import {SearchForm} from '@/components/search/SearchForm'
import {SearchResultList} from '@/components/search/SearchResultList'
import {getSettings} from '@/lib/content'
import {MAX_QUERY_LENGTH, parseSearchQuery, recordSearch, searchSite} from '@/lib/search'

// Results depend on the query, so they are rendered per request; the index behind them is kept
// in memory and follows publishes (lib/search/site-index.ts). Search pages are never indexed.
export const metadata: Metadata = {
  title: 'Search',
  robots: {index: false, follow: true},
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>

const plural = (n: number) => `${n.toLocaleString('en-SG')} ${n === 1 ? 'result' : 'results'}`

export default async function SearchPage({searchParams}: {searchParams: SearchParams}) {
  const query = parseSearchQuery((await searchParams).q)
  const [result, settings] = await Promise.all([searchSite(query.text), getSettings()])
  if (result.searchable) after(() => recordSearch(query.text, result.total > 0))

  return (
    <PageContainer>
      <PageHeading title={query.text ? `Search results for “${query.text}”` : 'Search'}>
        {query.text ? null : <p>Search articles, treatments and clinic information.</p>}
      </PageHeading>
      <div className="mt-6 max-w-xl">
        <SearchForm id="search-page-q" name="Search again" defaultValue={query.text} />
      </div>
      {query.truncated ? (
        <p className="mt-3 text-slate-700 dark:text-slate-300">Only the first {MAX_QUERY_LENGTH} characters were searched.</p>
      ) : null}
      {query.text ? (
        <p className="mt-4 text-slate-700 dark:text-slate-300">
          {result.total > 0 ? plural(result.total) : 'No pages match your search.'}
          {result.total > result.hits.length ? ` The ${result.hits.length} best are shown.` : null}
          {result.total > 0 && result.synonyms.length > 0 ? ` Also searched for: ${result.synonyms.join(', ')}.` : null}
        </p>
      ) : null}
      {result.hits.length > 0 ? (
        <SearchResultList hits={result.hits} />
      ) : query.text ? (
        <NoResults nearMisses={result.nearMisses} categories={result.categories} settings={settings} />
      ) : null}
    </PageContainer>
  )
}

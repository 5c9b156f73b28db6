import type {Metadata} from 'next'
import {PageContainer, PageHeading} from '@/components/layout/PageHeading'
import {RichText} from '@/components/portable-text/RichText'
import {Breadcrumbs} from '@/components/ui/Breadcrumbs'
import {DateTime} from '@/components/ui/DateTime'
import {JsonLd} from '@/components/ui/JsonLd'
import {documentEditions, getPageBySlug, prerenderedPageParams, getSettings, getTreatments, notFoundUnlessRedirected} from '@/lib/content'
import {env} from '@/lib/platform/env'
import {pageGraph, buildMetadata, notFoundMetadataIn} from '@/lib/seo'

import {pageLocale} from '@/lib/i18n/page-locale'
import {inEveryEdition} from '@/lib/i18n/static-params'
import {siteText} from '@/lib/i18n/site-text'
import {pathsFor} from '@/lib/routes/paths'

export const revalidate = 3600

type Props = {params: Promise<{locale: string; slug: string}>}

export const dynamicParams = true
export function generateStaticParams() {
  return inEveryEdition(prerenderedPageParams)
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const paths = pathsFor(locale)
  const {slug} = await params
  const [page, settings] = await Promise.all([getPageBySlug(slug, locale), getSettings(locale)])
  if (!page) return notFoundMetadataIn(locale)
  return buildMetadata({
    title: page.title ?? '',
    description: page.summary,
    path: paths.page(slug),
    locale,
    editions: await documentEditions(page._id, locale, paths.page(slug)),
    siteName: settings.clinicName ?? '',
  })
}

export default async function StandingPage({params}: Props) {
  const locale = await pageLocale(params)
  const paths = pathsFor(locale)
  const {slug} = await params
  const page = await getPageBySlug(slug, locale)
  if (!page?.slug || !page.title) return notFoundUnlessRedirected(paths.page(slug))
  const [settings, treatments] = await Promise.all([getSettings(locale), getTreatments(locale)])
  const crumbs = [
    {name: siteText(locale)('crumbs.home'), path: paths.home()},
    {name: page.title, path: paths.page(page.slug)},
  ]
  return (
    <PageContainer className="pt-2">
      <JsonLd
        data={pageGraph(
          {path: paths.page(page.slug), name: page.title, description: page.summary, crumbs, locale},
          {settings, treatments, siteUrl: env().SITE_URL},
        )}
      />
      <Breadcrumbs crumbs={crumbs} />
      <div className="mt-2">
        <PageHeading title={page.title} />
      </div>
      {page.lastUpdatedAt && (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          {siteText(locale).rich('standing.lastUpdated', {date: () => <DateTime value={page.lastUpdatedAt} locale={locale} />})}
        </p>
      )}
      <div className="article-body prose prose-slate mt-6 max-w-[68ch] dark:prose-invert">
        <RichText value={page.body} locale={locale} />
      </div>
    </PageContainer>
  )
}

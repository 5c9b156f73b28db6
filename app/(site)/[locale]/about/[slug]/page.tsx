import type {Metadata} from 'next'
import {PageContainer, PageHeading} from '@/components/layout/PageHeading'
import {RichText} from '@/components/portable-text/RichText'
import {Breadcrumbs} from '@/components/ui/Breadcrumbs'
import {DateTime} from '@/components/ui/DateTime'
import {JsonLd} from '@/components/ui/JsonLd'
import {getPageBySlug, prerenderedPageParams, type EditionParams, getSettings, getTreatments, notFoundUnlessRedirected} from '@/lib/content'
import {env} from '@/lib/platform/env'
import {pageGraph, buildMetadata, notFoundMetadata} from '@/lib/seo'
import {paths} from '@/lib/routes/paths'

export const revalidate = 3600

type Props = {params: Promise<{slug: string}>}

export const dynamicParams = true
export const generateStaticParams = ({params}: EditionParams) => prerenderedPageParams(params.locale)

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const {slug} = await params
  const [page, settings] = await Promise.all([getPageBySlug(slug), getSettings()])
  if (!page) return notFoundMetadata
  return buildMetadata({
    title: page.title ?? '',
    description: page.summary,
    path: paths.page(slug),
    siteName: settings.clinicName ?? '',
  })
}

export default async function StandingPage({params}: Props) {
  const {slug} = await params
  const page = await getPageBySlug(slug)
  if (!page?.slug || !page.title) return notFoundUnlessRedirected(paths.page(slug))
  const [settings, treatments] = await Promise.all([getSettings(), getTreatments()])
  const crumbs = [
    {name: 'Home', path: paths.home()},
    {name: page.title, path: paths.page(page.slug)},
  ]
  return (
    <PageContainer className="pt-2">
      <JsonLd
        data={pageGraph(
          {path: paths.page(page.slug), name: page.title, description: page.summary, crumbs},
          {settings, treatments, siteUrl: env().SITE_URL},
        )}
      />
      <Breadcrumbs crumbs={crumbs} />
      <div className="mt-2">
        <PageHeading title={page.title} />
      </div>
      {page.lastUpdatedAt && (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          Last updated <DateTime value={page.lastUpdatedAt} />
        </p>
      )}
      <div className="article-body prose prose-slate mt-6 max-w-[68ch] dark:prose-invert">
        <RichText value={page.body} />
      </div>
    </PageContainer>
  )
}

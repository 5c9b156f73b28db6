import type {Metadata} from 'next'
import {PageContainer, PageHeading} from '@/components/layout/PageHeading'
import {TreatmentCard} from '@/components/treatments/TreatmentCard'
import {Breadcrumbs} from '@/components/ui/Breadcrumbs'
import {JsonLd} from '@/components/ui/JsonLd'
import {fixedPageEditions, getSettings, getTreatments} from '@/lib/content'
import {env} from '@/lib/platform/env'
import {pageGraph, buildMetadata} from '@/lib/seo'
import {getTranslations} from 'next-intl/server'
import {pageLocale} from '@/lib/i18n/page-locale'
import {pathsFor} from '@/lib/routes/paths'

export const revalidate = 3600

type Props = {params: Promise<{locale: string}>}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const [settings, t] = await Promise.all([getSettings(locale), getTranslations({locale, namespace: 'site'})])
  return buildMetadata({
    title: t('treatmentsPage.title'),
    description: t('treatmentsPage.description'),
    path: pathsFor(locale).treatments(),
    siteName: settings.clinicName ?? '',
    locale,
    editions: fixedPageEditions((paths) => paths.treatments()),
  })
}

export default async function TreatmentsPage({params}: Props) {
  const locale = await pageLocale(params)
  const paths = pathsFor(locale)
  const [treatments, settings, t] = await Promise.all([getTreatments(locale), getSettings(locale), getTranslations({locale, namespace: 'site'})])
  const intro = t('treatmentsPage.description')
  const crumbs = [
    {name: t('crumbs.home'), path: paths.home()},
    {name: t('crumbs.treatments'), path: paths.treatments()},
  ]
  return (
    <PageContainer className="pt-2">
      <JsonLd
        data={pageGraph(
          {type: 'CollectionPage', path: paths.treatments(), name: t('treatmentsPage.title'), description: intro, crumbs, locale},
          {settings, treatments, siteUrl: env().SITE_URL},
        )}
      />
      <Breadcrumbs crumbs={crumbs} />
      <div className="mt-2">
        <PageHeading title={t('treatmentsPage.title')}>
          <p>{intro}</p>
        </PageHeading>
      </div>
      <ul className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {treatments.map((treatment) => (
          <li key={treatment._id} className="flex">
            <TreatmentCard treatment={treatment} titleAs="h2" locale={locale} />
          </li>
        ))}
      </ul>
    </PageContainer>
  )
}

import type {Metadata} from 'next'
import {PageContainer, PageHeading} from '@/components/layout/PageHeading'
import {TreatmentCard} from '@/components/treatments/TreatmentCard'
import {Breadcrumbs} from '@/components/ui/Breadcrumbs'
import {JsonLd} from '@/components/ui/JsonLd'
import {getSettings, getTreatments} from '@/lib/content'
import {env} from '@/lib/platform/env'
import {pageGraph, buildMetadata} from '@/lib/seo'
import {paths} from '@/lib/routes/paths'

export const revalidate = 3600

const INTRO =
  'What each treatment involves, who it suits, its downtime and risks. A doctor advises on the right option at a consultation.'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSettings()
  return buildMetadata({
    title: 'Treatments',
    description: INTRO,
    path: paths.treatments(),
    siteName: settings.clinicName ?? '',
  })
}

export default async function TreatmentsPage() {
  const [treatments, settings] = await Promise.all([getTreatments(), getSettings()])
  const crumbs = [
    {name: 'Home', path: paths.home()},
    {name: 'Treatments', path: paths.treatments()},
  ]
  return (
    <PageContainer className="pt-2">
      <JsonLd
        data={pageGraph(
          {type: 'CollectionPage', path: paths.treatments(), name: 'Treatments', description: INTRO, crumbs},
          {settings, treatments, siteUrl: env().SITE_URL},
        )}
      />
      <Breadcrumbs crumbs={crumbs} />
      <div className="mt-2">
        <PageHeading title="Treatments">
          <p>{INTRO}</p>
        </PageHeading>
      </div>
      <ul className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {treatments.map((treatment) => (
          <li key={treatment._id} className="flex">
            <TreatmentCard treatment={treatment} titleAs="h2" />
          </li>
        ))}
      </ul>
    </PageContainer>
  )
}

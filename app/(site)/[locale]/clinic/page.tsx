import type {Metadata} from 'next'
import {ClinicAddress} from '@/components/layout/ClinicAddress'
import {ContactLinks} from '@/components/layout/ContactLinks'
import {OpeningHours} from '@/components/layout/OpeningHours'
import {PageContainer, PageHeading} from '@/components/layout/PageHeading'
import {Breadcrumbs} from '@/components/ui/Breadcrumbs'
import {ButtonLink} from '@/components/ui/ButtonLink'
import {JsonLd} from '@/components/ui/JsonLd'
import {getSettings, getTreatments} from '@/lib/content'
import {env} from '@/lib/platform/env'
import {pageGraph, buildMetadata} from '@/lib/seo'
import {paths} from '@/lib/routes/paths'

export const revalidate = 3600

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSettings()
  return buildMetadata({
    title: 'Clinic address, opening hours and contact',
    description: `How to find and contact ${settings.clinicName}: address, opening hours, closures, phone and WhatsApp.`,
    path: paths.clinic(),
    siteName: settings.clinicName ?? '',
  })
}

function Card({id, title, children}: {id: string; title: string; children: React.ReactNode}) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 p-6 dark:border-slate-700">
      <h2 id={id} className="text-xl font-semibold text-slate-900 dark:text-white">
        {title}
      </h2>
      <div className="mt-3 text-slate-800 dark:text-slate-200">{children}</div>
    </section>
  )
}

export default async function ClinicPage() {
  const [settings, treatments] = await Promise.all([getSettings(), getTreatments()])
  const crumbs = [
    {name: 'Home', path: paths.home()},
    {name: 'Clinic', path: paths.clinic()},
  ]
  return (
    <PageContainer className="pt-2">
      <JsonLd
        data={pageGraph(
          {type: 'ContactPage', path: paths.clinic(), name: 'Clinic details', crumbs},
          {settings, treatments, siteUrl: env().SITE_URL},
        )}
      />
      <Breadcrumbs crumbs={crumbs} />
      <div className="mt-2">
        <PageHeading title={settings.clinicName ?? 'The clinic'}>
          {settings.tagline ? <p>{settings.tagline}</p> : null}
        </PageHeading>
      </div>
      <div className="mt-8 grid gap-6 md:grid-cols-2">
        <Card id="address" title="Address">
          <ClinicAddress settings={settings} />
        </Card>
        <Card id="hours" title="Opening hours and closures">
          <OpeningHours settings={settings} closureLimit={12} />
        </Card>
        <Card id="contact" title="Phone, WhatsApp and email">
          <ContactLinks settings={settings} from={paths.clinic()} />
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
            Please keep medical details for your consultation rather than WhatsApp or email.
          </p>
        </Card>
        <Card id="consultation" title="Consultations">
          <p>
            Tell us which treatment you are asking about and when suits you; the clinic replies to confirm a
            time.
          </p>
          <div className="mt-4">
            <ButtonLink href={paths.book(null, paths.clinic())}>Book a consultation</ButtonLink>
          </div>
        </Card>
      </div>
    </PageContainer>
  )
}

import type {Metadata} from 'next'
import {PageContainer, PageHeading} from '@/components/layout/PageHeading'
import {SimpleText} from '@/components/portable-text/SimpleText'
import {Breadcrumbs} from '@/components/ui/Breadcrumbs'
import {JsonLd} from '@/components/ui/JsonLd'
import {getSettings, getTreatments} from '@/lib/content'
import {env} from '@/lib/platform/env'
import {pageGraph, buildMetadata} from '@/lib/seo'
import {paths} from '@/lib/routes/paths'

export const revalidate = 3600

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSettings()
  return buildMetadata({
    title: 'Privacy notice',
    description: `How ${settings.clinicName} collects, uses and protects personal data under Singapore's PDPA, and how to reach our Data Protection Officer.`,
    path: paths.privacy(),
    siteName: settings.clinicName ?? '',
  })
}

export default async function PrivacyPage() {
  const [settings, treatments] = await Promise.all([getSettings(), getTreatments()])
  const crumbs = [
    {name: 'Home', path: paths.home()},
    {name: 'Privacy notice', path: paths.privacy()},
  ]
  const dpo = settings.dpo
  return (
    <PageContainer className="pt-2">
      <JsonLd
        data={pageGraph(
          {path: paths.privacy(), name: 'Privacy notice', crumbs},
          {settings, treatments, siteUrl: env().SITE_URL},
        )}
      />
      <Breadcrumbs crumbs={crumbs} />
      <div className="mt-2">
        <PageHeading title="Privacy notice" />
      </div>
      <div className="prose prose-slate mt-6 dark:prose-invert">
        <SimpleText value={settings.privacyNotice} headingLevel={2} />
        {settings.enquiryRetentionMonths ? (
          <p>
            Enquiries sent through this website are deleted automatically {settings.enquiryRetentionMonths}{' '}
            months after they arrive.
          </p>
        ) : null}
        {dpo?.email && (
          <section aria-labelledby="dpo">
            <h2 id="dpo">Data Protection Officer</h2>
            <p>To ask what data we hold about you, correct it, or withdraw consent, contact:</p>
            <p>
              {dpo.name}
              <br />
              <a href={`mailto:${dpo.email}`}>{dpo.email}</a>
              {dpo.phone ? (
                <>
                  <br />
                  <a href={`tel:${dpo.phone.replace(/[^\d+]/g, '')}`}>{dpo.phone}</a>
                </>
              ) : null}
            </p>
          </section>
        )}
      </div>
    </PageContainer>
  )
}

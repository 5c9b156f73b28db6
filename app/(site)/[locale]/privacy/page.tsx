import type {Metadata} from 'next'
import {PageContainer, PageHeading} from '@/components/layout/PageHeading'
import {SimpleText} from '@/components/portable-text/SimpleText'
import {Breadcrumbs} from '@/components/ui/Breadcrumbs'
import {JsonLd} from '@/components/ui/JsonLd'
import {fixedPageEditions, getSettings, getTreatments} from '@/lib/content'
import {pathsFor} from '@/lib/routes/paths'
import {pageLocale} from '@/lib/i18n/page-locale'
import {env} from '@/lib/platform/env'
import {pageGraph, buildMetadata} from '@/lib/seo'
import {PRIVACY_COPY} from './privacy-copy'

export const revalidate = 3600

type Params = Promise<{locale: string}>

export async function generateMetadata({params}: {params: Params}): Promise<Metadata> {
  const locale = await pageLocale(params)
  const settings = await getSettings(locale)
  const copy = PRIVACY_COPY[locale]
  return buildMetadata({
    title: copy.title,
    description: copy.description(settings.clinicName ?? ''),
    path: pathsFor(locale).privacy(),
    siteName: settings.clinicName ?? '',
    locale,
    editions: fixedPageEditions((paths) => paths.privacy()),
  })
}

export default async function PrivacyPage({params}: {params: Params}) {
  const locale = await pageLocale(params)
  const [settings, treatments] = await Promise.all([getSettings(locale), getTreatments(locale)])
  const copy = PRIVACY_COPY[locale]
  const to = pathsFor(locale)
  const crumbs = [
    {name: copy.home, path: to.home()},
    {name: copy.title, path: to.privacy()},
  ]
  const dpo = settings.dpo
  const body = copy.body?.({clinicName: settings.clinicName ?? '', retentionMonths: settings.enquiryRetentionMonths, dpo})
  return (
    <PageContainer className="pt-2">
      <JsonLd
        data={pageGraph({path: to.privacy(), name: copy.title, crumbs, locale}, {settings, treatments, siteUrl: env().SITE_URL})}
      />
      <Breadcrumbs crumbs={crumbs} />
      <div className="mt-2">
        <PageHeading title={copy.title} />
      </div>
      <div className="prose prose-slate mt-6 dark:prose-invert">
        {body ? (
          body.map((section) => (
            <section key={section.heading}>
              <h2>{section.heading}</h2>
              {section.paragraphs.map((p) => (
                <p key={p}>{p}</p>
              ))}
              {section.bullets ? (
                <ul>
                  {section.bullets.map((b) => (
                    <li key={b}>{b}</li>
                  ))}
                </ul>
              ) : null}
            </section>
          ))
        ) : (
          <SimpleText value={settings.privacyNotice} headingLevel={2} />
        )}
        {settings.enquiryRetentionMonths ? <p>{copy.retention(settings.enquiryRetentionMonths)}</p> : null}
        {dpo?.email && (
          <section aria-labelledby="dpo">
            <h2 id="dpo">{copy.dpoHeading}</h2>
            <p>{copy.dpoIntro}</p>
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

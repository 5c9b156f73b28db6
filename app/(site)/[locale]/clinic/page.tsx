import type {Metadata} from 'next'
import {ClinicAddress} from '@/components/layout/ClinicAddress'
import {ContactLinks} from '@/components/layout/ContactLinks'
import {OpeningHours} from '@/components/layout/OpeningHours'
import {PageContainer, PageHeading} from '@/components/layout/PageHeading'
import {Breadcrumbs} from '@/components/ui/Breadcrumbs'
import {ButtonLink} from '@/components/ui/ButtonLink'
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
    title: t('clinic.metaTitle'),
    description: t('clinic.metaDescription', {clinic: settings.clinicName ?? ''}),
    path: pathsFor(locale).clinic(),
    siteName: settings.clinicName ?? '',
    locale,
    editions: fixedPageEditions((paths) => paths.clinic()),
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

export default async function ClinicPage({params}: Props) {
  const locale = await pageLocale(params)
  const paths = pathsFor(locale)
  const [settings, treatments, t] = await Promise.all([getSettings(locale), getTreatments(locale), getTranslations({locale, namespace: 'site'})])
  const crumbs = [
    {name: t('crumbs.home'), path: paths.home()},
    {name: t('clinic.crumb'), path: paths.clinic()},
  ]
  return (
    <PageContainer className="pt-2">
      <JsonLd
        data={pageGraph(
          {type: 'ContactPage', path: paths.clinic(), name: t('clinic.pageName'), crumbs, locale},
          {settings, treatments, siteUrl: env().SITE_URL},
        )}
      />
      <Breadcrumbs crumbs={crumbs} />
      <div className="mt-2">
        <PageHeading title={settings.clinicName ?? t('clinic.fallbackTitle')}>
          {settings.tagline ? <p>{settings.tagline}</p> : null}
        </PageHeading>
      </div>
      <div className="mt-8 grid gap-6 md:grid-cols-2">
        <Card id="address" title={t('clinic.address')}>
          <ClinicAddress settings={settings} locale={locale} />
        </Card>
        <Card id="hours" title={t('clinic.hours')}>
          <OpeningHours settings={settings} closureLimit={12} locale={locale} />
        </Card>
        <Card id="contact" title={t('clinic.contact')}>
          <ContactLinks settings={settings} from={paths.clinic()} locale={locale} />
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
            {t('clinic.contactNote')}
          </p>
        </Card>
        <Card id="consultation" title={t('clinic.consultations')}>
          <p>{t('clinic.consultationsText')}</p>
          <div className="mt-4">
            <ButtonLink href={paths.book(null, paths.clinic())}>{t('clinic.book')}</ButtonLink>
          </div>
        </Card>
      </div>
    </PageContainer>
  )
}

import type {Metadata} from 'next'
import {headers} from 'next/headers'
import {connection} from 'next/server'
import {getTranslations} from 'next-intl/server'
import {BookingForm} from '@/components/booking/BookingForm'
import {bookingFormCopy} from '@/components/booking/form-copy'
import {PurposeNotice} from '@/components/booking/PurposeNotice'
import {bookingSourcePath, loadBookingContext, issueFormToken} from '@/lib/enquiries'
import {pathsFor} from '@/lib/routes/paths'
import {pageLocale} from '@/lib/i18n/page-locale'
import {fixedPageEditions} from '@/lib/content'
import {getSessionSecret} from '@/lib/platform/session-secret'
import {pageAlternates} from '@/lib/seo'
import {bookingFormAction} from './actions'

type Params = Promise<{locale: string}>

export async function generateMetadata({params}: {params: Params}): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({locale, namespace: 'booking'})
  return {
    title: t('page.title'),
    description: t('page.description'),
    alternates: pageAlternates({path: pathsFor(locale).book(), locale, editions: fixedPageEditions((paths) => paths.book())}),
  }
}

export default async function BookPage({
  params,
  searchParams,
}: {
  params: Params
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  // Each render carries a fresh signed token, so this page is never served from a cache.
  await connection()
  const locale = await pageLocale(params)
  const [{treatment, from}, {treatments, settings}, requestHeaders, t] = await Promise.all([
    searchParams,
    loadBookingContext(locale),
    headers(),
    getTranslations({locale, namespace: 'booking'}),
  ])
  const requested = typeof treatment === 'string' ? treatment : undefined
  const preselected = treatments.some((t) => t.slug === requested) ? requested : undefined
  const to = pathsFor(locale)

  return (
    <div className="mx-auto max-w-2xl px-5 py-10">
      <h1 className="text-3xl font-semibold tracking-tight">{t('page.title')}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{t('page.intro')}</p>
      <BookingForm
        action={bookingFormAction.bind(null, locale)}
        treatments={treatments}
        preselectedTreatment={preselected}
        formToken={issueFormToken(getSessionSecret())}
        sourcePath={bookingSourcePath(from, requestHeaders)}
        copy={bookingFormCopy(t as unknown as Parameters<typeof bookingFormCopy>[0])}
        submitPath={to.bookSubmit()}
        purposeNotice={
          <PurposeNotice locale={locale} clinicName={settings.clinicName} dpo={settings.dpo} privacyPath={to.privacy()} />
        }
      />
    </div>
  )
}

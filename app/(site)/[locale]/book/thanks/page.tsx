import type {Metadata} from 'next'
import Link from 'next/link'
import {connection} from 'next/server'
import {getTranslations} from 'next-intl/server'
import {OpeningHoursList} from '@/components/booking/OpeningHoursList'
import {loadBookingContext, getEnquiryByRef, PREFERRED_DAYS} from '@/lib/enquiries'
import {pathsFor} from '@/lib/routes/paths'
import {pageLocale} from '@/lib/i18n/page-locale'
import {whatsappChatUrl} from '@/lib/whatsapp'

type Params = Promise<{locale: string}>

const linkClass = 'font-medium text-brand-700 underline dark:text-brand-100'

export async function generateMetadata({params}: {params: Params}): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({locale, namespace: 'booking'})
  return {title: t('thanks.title'), robots: {index: false, follow: false}}
}

export default async function EnquiryReceivedPage({
  params,
  searchParams,
}: {
  params: Params
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  await connection()
  const locale = await pageLocale(params)
  const {ref} = await searchParams
  // Success is only ever claimed for an enquiry that is in the database.
  const [enquiry, {settings}, t] = await Promise.all([
    getEnquiryByRef(ref),
    loadBookingContext(locale),
    getTranslations({locale, namespace: 'booking'}),
  ])
  const to = pathsFor(locale)
  const phone = settings.phone || 'none'

  if (!enquiry) {
    return (
      <div className="mx-auto max-w-2xl px-5 py-10">
        <h1 className="text-3xl font-semibold tracking-tight">{t('thanks.notFoundHeading')}</h1>
        <p className="mt-4">
          {t.rich('thanks.notFound', {
            phone,
            link: (chunks) => (
              <Link href={to.book()} className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      </div>
    )
  }

  const whatsapp = whatsappChatUrl(settings.whatsapp, t('thanks.whatsappText', {ref: enquiry.public_ref}))
  return (
    <div className="mx-auto max-w-2xl px-5 py-10">
      <h1 className="text-3xl font-semibold tracking-tight">
        {t(enquiry.supersedes_id ? 'thanks.headingCorrected' : 'thanks.heading')}
      </h1>
      {enquiry.supersedes_id ? <p className="mt-4">{t('thanks.corrected')}</p> : null}
      <p className="mt-4 text-lg">
        {t.rich('thanks.reference', {
          ref: enquiry.public_ref,
          strong: (chunks) => <strong className="font-mono tracking-wider">{chunks}</strong>,
        })}
      </p>
      <h2 className="mt-8 text-xl font-semibold">{t('thanks.nextHeading')}</h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6">
        <li>{t('thanks.next1')}</li>
        <li>{t('thanks.next2')}</li>
        <li>{t('thanks.next3')}</li>
      </ol>
      {settings.openingHours?.length ? (
        <>
          <h2 className="mt-8 text-xl font-semibold">{t('thanks.hoursHeading')}</h2>
          <OpeningHoursList
            hours={settings.openingHours}
            closed={t('hours.closed')}
            range={(opens, closes) => t('hours.range', {opens, closes})}
            dayName={(day) => {
              const key = PREFERRED_DAYS.find((d) => d.label === day)?.value
              return key ? t(`days.${key}`) : day
            }}
            separator={t('hours.separator')}
          />
        </>
      ) : null}
      {whatsapp ? (
        <p className="mt-8">
          {t.rich('thanks.whatsapp', {
            whatsapp: settings.whatsapp ?? '',
            phone,
            link: (chunks) => (
              <a href={whatsapp} className={linkClass}>
                {chunks}
              </a>
            ),
          })}
        </p>
      ) : null}
      <p className="mt-8">
        <Link href={to.home()} className={`inline-flex min-h-11 items-center ${linkClass}`}>
          {t('thanks.back')}
        </Link>
      </p>
    </div>
  )
}

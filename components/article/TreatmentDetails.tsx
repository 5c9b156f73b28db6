import type {TreatmentCard as TreatmentCardData} from '@/lib/content'
import {TreatmentCard} from '@/components/treatments/TreatmentCard'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {siteText} from '@/lib/i18n/site-text'

export function TreatmentDetails({treatments, from, locale = DEFAULT_LOCALE}: {treatments: TreatmentCardData[]; from?: string; locale?: Locale}) {
  if (treatments.length === 0) return null
  const t = siteText(locale)
  return (
    <section aria-labelledby="treatment-details" className="mt-12">
      <h2
        id="treatment-details"
        className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-white"
      >
        {t('article.treatmentDetails')}
      </h2>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        {t('article.treatmentDetailsIntro')}
      </p>
      <ul className="mt-6 grid gap-6 sm:grid-cols-2">
        {treatments.map((treatment) => (
          <li key={treatment._id} className="flex">
            <TreatmentCard treatment={treatment} from={from} locale={locale} />
          </li>
        ))}
      </ul>
    </section>
  )
}

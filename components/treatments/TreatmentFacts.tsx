import type {Treatment} from '@/lib/content'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {siteText} from '@/lib/i18n/site-text'

const sgd = new Intl.NumberFormat('en-SG', {
  style: 'currency',
  currency: 'SGD',
  currencyDisplay: 'narrowSymbol',
})

// MOH allows exact prices only: the figure is shown as entered, never "from" or "as low as".
export function formatPrice(price: Treatment['price'], locale: Locale = DEFAULT_LOCALE): string | null {
  const t = siteText(locale)
  if (price?.amount === undefined || price.amount === null) return null
  const parts = [`S${sgd.format(price.amount)}`]
  if (price.unit) parts.push(price.unit)
  parts.push(price.includesGst === false ? t('treatment.beforeGst') : t('treatment.includesGst'))
  return parts.join(' ')
}

export function TreatmentFacts({treatment, locale = DEFAULT_LOCALE}: {treatment: Treatment; locale?: Locale}) {
  const t = siteText(locale)
  const price = formatPrice(treatment.price, locale)
  const facts = [
    {label: t('treatment.downtime'), value: treatment.downtime},
    {label: t('treatment.sessions'), value: treatment.sessions},
    {label: t('treatment.price'), value: price},
  ].filter((fact): fact is {label: string; value: string} => Boolean(fact.value))
  if (facts.length === 0) return null
  return (
    <dl className="grid grid-cols-[repeat(auto-fit,minmax(12rem,1fr))] gap-4 rounded-xl border border-slate-200 bg-sand-50 p-5 dark:border-slate-700 dark:bg-slate-900">
      {facts.map((fact) => (
        <div key={fact.label}>
          <dt className="text-sm font-semibold uppercase tracking-wide text-brand-800 dark:text-brand-100">
            {fact.label}
          </dt>
          <dd className="mt-1 text-slate-900 dark:text-slate-100">{fact.value}</dd>
        </div>
      ))}
    </dl>
  )
}

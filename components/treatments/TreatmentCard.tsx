import type {TreatmentCard as TreatmentCardData} from '@/lib/content'
import {ButtonLink} from '@/components/ui/ButtonLink'
import {ContentImage} from '@/components/ui/ContentImage'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {siteText} from '@/lib/i18n/site-text'
import {pathsFor} from '@/lib/routes/paths'

type Props = {
  treatment: Pick<TreatmentCardData, 'name' | 'slug' | 'summary' | 'downtime' | 'coverImage'>
  /** Inside an article body the card must not add a heading to the outline. */
  titleAs?: 'h2' | 'h3' | 'p'
  showImage?: boolean
  /** The page the card is on, carried in the booking link (see paths.book). */
  from?: string
  locale?: Locale
}

export function TreatmentCard({treatment, titleAs: Title = 'h3', showImage = true, from, locale = DEFAULT_LOCALE}: Props) {
  if (!treatment.slug || !treatment.name) return null
  const t = siteText(locale)
  const paths = pathsFor(locale)
  return (
    <article className="not-prose flex flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-700 dark:bg-slate-900">
      {showImage && treatment.coverImage?.asset && (
        <ContentImage
          image={treatment.coverImage}
          width={800}
          aspect={16 / 9}
          sizes="(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw"
          className="aspect-video w-full object-cover"
          decorative
        />
      )}
      <div className="flex flex-1 flex-col gap-3 p-5">
        <Title className="text-lg font-semibold text-slate-900 dark:text-white">
          <a href={paths.treatment(treatment.slug)} className="underline-offset-4 hover:underline">
            {treatment.name}
          </a>
        </Title>
        {treatment.summary && (
          <p className="text-base text-slate-700 dark:text-slate-300">{treatment.summary}</p>
        )}
        {treatment.downtime && (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            <span className="font-medium text-slate-800 dark:text-slate-200">{t('treatment.downtimeLabel')}</span>{' '}
            {treatment.downtime}
          </p>
        )}
        <div className="mt-auto flex flex-wrap gap-2 pt-2">
          <ButtonLink href={paths.book(treatment.slug, from)}>
            {t('treatment.book')}<span className="sr-only">{t('treatment.bookAbout', {name: treatment.name})}</span>
          </ButtonLink>
          <ButtonLink href={paths.treatment(treatment.slug)} variant="secondary">
            {t('treatment.details')}<span className="sr-only">{t('treatment.detailsOf', {name: treatment.name})}</span>
          </ButtonLink>
        </div>
      </div>
    </article>
  )
}

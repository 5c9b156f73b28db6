import type {Metadata} from 'next'
import {EditorialPolicyLink} from '@/components/article/EditorialPolicyLink'
import {PersonLink} from '@/components/article/PersonLink'
import {ReviewDue} from '@/components/article/ReviewDue'
import {Sources} from '@/components/article/Sources'
import {RelatedPosts} from '@/components/article/RelatedPosts'
import {FaqList} from '@/components/portable-text/FaqList'
import {RichText} from '@/components/portable-text/RichText'
import {DetailPage} from '@/components/layout/DetailPage'
import {BookingActions} from '@/components/treatments/BookingActions'
import {TreatmentFacts} from '@/components/treatments/TreatmentFacts'
import {Paragraphs, TreatmentSection} from '@/components/treatments/TreatmentSection'
import {ContentImage} from '@/components/ui/ContentImage'
import {DateTime} from '@/components/ui/DateTime'
import {
  documentEditions,
  getSettings,
  getTreatmentBySlug,
  getTreatments,
  prerenderedTreatmentParams,
  relatedPostsForTreatment,
  imageUrl,
  notFoundUnlessRedirected,
} from '@/lib/content'
import {env} from '@/lib/platform/env'
import {treatmentGraph, type Crumb, buildMetadata, notFoundMetadataIn} from '@/lib/seo'
import {getTranslations} from 'next-intl/server'

import {pageLocale} from '@/lib/i18n/page-locale'
import {inEveryEdition} from '@/lib/i18n/static-params'
import {pathsFor} from '@/lib/routes/paths'
import {numberSources} from '@/lib/article/sources'

export const revalidate = 3600

type Props = {params: Promise<{locale: string; slug: string}>}

// Section ids the body's own headings must not take.
const SECTION_IDS = [
  'what-it-is',
  'how-it-is-performed',
  'who-it-suits',
  'preparation',
  'downtime',
  'risks',
  'sessions',
  'aftercare',
  'questions',
  'book',
  'sources',
]

export const dynamicParams = true
export function generateStaticParams() {
  return inEveryEdition(prerenderedTreatmentParams)
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const {slug} = await params
  const path = pathsFor(locale).treatment(slug)
  const [treatment, settings] = await Promise.all([getTreatmentBySlug(slug, locale), getSettings(locale)])
  if (!treatment) return notFoundMetadataIn(locale)
  return buildMetadata({
    title: treatment.seo?.title || treatment.name || '',
    description: treatment.seo?.description || treatment.summary,
    path,
    siteName: settings.clinicName ?? '',
    locale,
    editions: await documentEditions(treatment._id, locale, path),
  })
}

export default async function TreatmentPage({params}: Props) {
  const locale = await pageLocale(params)
  const paths = pathsFor(locale)
  const {slug} = await params
  const treatment = await getTreatmentBySlug(slug, locale)
  if (!treatment?.slug || !treatment.name) return notFoundUnlessRedirected(paths.treatment(slug))
  const [settings, treatments, t] = await Promise.all([getSettings(locale), getTreatments(locale), getTranslations({locale, namespace: 'site'})])

  const crumbs: Crumb[] = [
    {name: t('crumbs.home'), path: paths.home()},
    {name: t('crumbs.treatments'), path: paths.treatments()},
    {name: treatment.name, path: paths.treatment(treatment.slug)},
  ]
  const cover = imageUrl(treatment.coverImage, {width: 1200})
  const related = relatedPostsForTreatment(treatment)
  const sources = numberSources(treatment.references)

  return (
    <DetailPage
      crumbs={crumbs}
      graph={treatmentGraph(treatment, {
        settings,
        treatments,
        crumbs,
        imageUrl: cover?.src,
        siteUrl: env().SITE_URL,
        locale,
      })}
    >
      <article className="max-w-[68ch]">
        <header className="mt-2">
          <h1 className="text-3xl font-bold leading-tight tracking-tight text-slate-900 sm:text-4xl dark:text-white">
            {treatment.name}
          </h1>
          {treatment.summary && (
            <p className="mt-4 text-lg leading-relaxed text-slate-700 sm:text-xl dark:text-slate-300">
              {treatment.summary}
            </p>
          )}
          {treatment.reviewer?.name && (
            <p className="mt-4 text-base text-slate-700 dark:text-slate-300">
              {t.rich(treatment.lastReviewedAt ? 'treatment.reviewedOn' : 'treatment.reviewedBy', {
                person: () => <PersonLink person={treatment.reviewer} locale={locale} />,
                qualifications: () => (treatment.reviewer?.qualifications ? `${locale === 'en' ? ', ' : '，'}${treatment.reviewer.qualifications}` : null),
                date: () => <DateTime value={treatment.lastReviewedAt} locale={locale} />,
              })}
            </p>
          )}
          {(treatment.lastReviewedAt || settings.editorialPolicy?.slug) && (
            <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-slate-600 dark:text-slate-400">
              <ReviewDue lastReviewedAt={treatment.lastReviewedAt} intervalMonths={settings.reviewIntervalMonths} locale={locale} />
              <EditorialPolicyLink policy={settings.editorialPolicy} label={t('article.editorialPolicy')} />
            </p>
          )}
          <div className="mt-6">
            <BookingActions treatmentSlug={treatment.slug} whatsapp={settings.whatsapp} locale={locale} />
          </div>
        </header>
        {treatment.coverImage?.asset && (
          <ContentImage
            image={treatment.coverImage}
            width={1440}
            sizes="(min-width: 768px) 720px, 100vw"
            className="mt-8 w-full rounded-xl"
            eager
          />
        )}
        <div className="mt-8">
          <TreatmentFacts treatment={treatment} locale={locale} />
        </div>
        {treatment.body?.length ? (
          <TreatmentSection id="what-it-is" title={t('treatment.whatItIs')}>
            <div className="article-body prose prose-slate max-w-none dark:prose-invert">
              <RichText value={treatment.body} reservedIds={SECTION_IDS} sources={sources} locale={locale} />
            </div>
          </TreatmentSection>
        ) : null}
        <TreatmentSection id="how-it-is-performed" title={t('treatment.howPerformed')}>
          <Paragraphs text={treatment.howPerformed} />
        </TreatmentSection>
        <TreatmentSection id="who-it-suits" title={t('treatment.whoItSuits')}>
          <Paragraphs text={treatment.whoItSuits} />
        </TreatmentSection>
        <TreatmentSection id="preparation" title={t('treatment.preparation')}>
          <Paragraphs text={treatment.preparation} />
        </TreatmentSection>
        <TreatmentSection id="downtime" title={t('treatment.downtimeSection')}>
          <p>{treatment.downtime}</p>
        </TreatmentSection>
        {treatment.risks?.length ? (
          <TreatmentSection id="risks" title={t('treatment.risks')}>
            <ul className="list-disc space-y-1 pl-6">
              {treatment.risks.map((risk, i) => (
                <li key={i}>{risk}</li>
              ))}
            </ul>
          </TreatmentSection>
        ) : null}
        <TreatmentSection id="sessions" title={t('treatment.sessionsSection')}>
          <p>{treatment.sessions}</p>
        </TreatmentSection>
        <TreatmentSection id="aftercare" title={t('treatment.aftercare')}>
          <Paragraphs text={treatment.aftercare} />
        </TreatmentSection>
        {treatment.faqs?.length ? (
          <TreatmentSection id="questions" title={t('treatment.questions')}>
            <FaqList items={treatment.faqs} />
          </TreatmentSection>
        ) : null}
        <section aria-labelledby="book" className="mt-12 rounded-xl bg-brand-50 p-6 dark:bg-brand-900/40">
          <h2 id="book" className="text-xl font-semibold text-slate-900 dark:text-white">
            {t('treatment.talk', {name: treatment.name})}
          </h2>
          <p className="mt-2 text-slate-700 dark:text-slate-300">
            {t('treatment.talkText')}
          </p>
          <div className="mt-4">
            <BookingActions treatmentSlug={treatment.slug} whatsapp={settings.whatsapp} locale={locale} />
          </div>
        </section>
        <Sources sources={sources} locale={locale} />
      </article>
      <RelatedPosts posts={related} locale={locale} />
    </DetailPage>
  )
}

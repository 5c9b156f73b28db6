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
  getSettings,
  getTreatmentBySlug,
  getTreatments,
  prerenderedTreatmentParams,
  type EditionParams,
  relatedPostsForTreatment,
  imageUrl,
  notFoundUnlessRedirected,
} from '@/lib/content'
import {env} from '@/lib/platform/env'
import {treatmentGraph, type Crumb, buildMetadata, notFoundMetadata} from '@/lib/seo'
import {paths} from '@/lib/routes/paths'
import {numberSources} from '@/lib/article/sources'

export const revalidate = 3600

type Props = {params: Promise<{slug: string}>}

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
export const generateStaticParams = ({params}: EditionParams) => prerenderedTreatmentParams(params.locale)

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const {slug} = await params
  const [treatment, settings] = await Promise.all([getTreatmentBySlug(slug), getSettings()])
  if (!treatment) return notFoundMetadata
  return buildMetadata({
    title: treatment.seo?.title || treatment.name || '',
    description: treatment.seo?.description || treatment.summary,
    path: paths.treatment(slug),
    siteName: settings.clinicName ?? '',
  })
}

export default async function TreatmentPage({params}: Props) {
  const {slug} = await params
  const treatment = await getTreatmentBySlug(slug)
  if (!treatment?.slug || !treatment.name) return notFoundUnlessRedirected(paths.treatment(slug))
  const [settings, treatments] = await Promise.all([getSettings(), getTreatments()])

  const crumbs: Crumb[] = [
    {name: 'Home', path: paths.home()},
    {name: 'Treatments', path: paths.treatments()},
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
              Medically reviewed by <PersonLink person={treatment.reviewer} />
              {treatment.reviewer.qualifications ? `, ${treatment.reviewer.qualifications}` : null}
              {treatment.lastReviewedAt && (
                <>
                  {' '}
                  on <DateTime value={treatment.lastReviewedAt} />
                </>
              )}
            </p>
          )}
          {(treatment.lastReviewedAt || settings.editorialPolicy?.slug) && (
            <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-slate-600 dark:text-slate-400">
              <ReviewDue lastReviewedAt={treatment.lastReviewedAt} intervalMonths={settings.reviewIntervalMonths} />
              <EditorialPolicyLink policy={settings.editorialPolicy} />
            </p>
          )}
          <div className="mt-6">
            <BookingActions treatmentSlug={treatment.slug} whatsapp={settings.whatsapp} />
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
          <TreatmentFacts treatment={treatment} />
        </div>
        {treatment.body?.length ? (
          <TreatmentSection id="what-it-is" title="What it is">
            <div className="article-body prose prose-slate max-w-none dark:prose-invert">
              <RichText value={treatment.body} reservedIds={SECTION_IDS} sources={sources} />
            </div>
          </TreatmentSection>
        ) : null}
        <TreatmentSection id="how-it-is-performed" title="How it is performed">
          <Paragraphs text={treatment.howPerformed} />
        </TreatmentSection>
        <TreatmentSection id="who-it-suits" title="Who it suits">
          <Paragraphs text={treatment.whoItSuits} />
        </TreatmentSection>
        <TreatmentSection id="preparation" title="Preparation">
          <Paragraphs text={treatment.preparation} />
        </TreatmentSection>
        <TreatmentSection id="downtime" title="Downtime">
          <p>{treatment.downtime}</p>
        </TreatmentSection>
        {treatment.risks?.length ? (
          <TreatmentSection id="risks" title="Risks and side effects">
            <ul className="list-disc space-y-1 pl-6">
              {treatment.risks.map((risk, i) => (
                <li key={i}>{risk}</li>
              ))}
            </ul>
          </TreatmentSection>
        ) : null}
        <TreatmentSection id="sessions" title="Number of sessions">
          <p>{treatment.sessions}</p>
        </TreatmentSection>
        <TreatmentSection id="aftercare" title="Aftercare">
          <Paragraphs text={treatment.aftercare} />
        </TreatmentSection>
        {treatment.faqs?.length ? (
          <TreatmentSection id="questions" title="Common questions">
            <FaqList items={treatment.faqs} />
          </TreatmentSection>
        ) : null}
        <section aria-labelledby="book" className="mt-12 rounded-xl bg-brand-50 p-6 dark:bg-brand-900/40">
          <h2 id="book" className="text-xl font-semibold text-slate-900 dark:text-white">
            Talk to a doctor about {treatment.name}
          </h2>
          <p className="mt-2 text-slate-700 dark:text-slate-300">
            A consultation is where the doctor checks whether this treatment suits your skin. Please do not
            send medical details over WhatsApp.
          </p>
          <div className="mt-4">
            <BookingActions treatmentSlug={treatment.slug} whatsapp={settings.whatsapp} />
          </div>
        </section>
        <Sources sources={sources} />
      </article>
      <RelatedPosts posts={related} />
    </DetailPage>
  )
}

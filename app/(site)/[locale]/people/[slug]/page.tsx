import type {Metadata} from 'next'
import {PostGrid} from '@/components/article/PostCard'
import {PageContainer} from '@/components/layout/PageHeading'
import {SimpleText} from '@/components/portable-text/SimpleText'
import {TreatmentCard} from '@/components/treatments/TreatmentCard'
import {Breadcrumbs} from '@/components/ui/Breadcrumbs'
import {ContentImage} from '@/components/ui/ContentImage'
import {JsonLd} from '@/components/ui/JsonLd'
import {documentEditions, getPersonBySlug, prerenderedPersonParams, getSettings, getTreatments, notFoundUnlessRedirected} from '@/lib/content'
import {env} from '@/lib/platform/env'
import {pageGraph, profileNode, buildMetadata, notFoundMetadataIn} from '@/lib/seo'

import type {Locale} from '@/lib/i18n/locales'
import {pageLocale} from '@/lib/i18n/page-locale'
import {inEveryEdition} from '@/lib/i18n/static-params'
import {siteText} from '@/lib/i18n/site-text'
import {pathsFor} from '@/lib/routes/paths'

export const revalidate = 3600

type Props = {params: Promise<{locale: string; slug: string}>}

export const dynamicParams = true
export function generateStaticParams() {
  return inEveryEdition(prerenderedPersonParams)
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const paths = pathsFor(locale)
  const {slug} = await params
  const [person, settings] = await Promise.all([getPersonBySlug(slug, locale), getSettings(locale)])
  if (!person?.name) return notFoundMetadataIn(locale)
  return buildMetadata({
    title: person.name,
    description: [person.role, person.qualifications].filter(Boolean).join(', ') || undefined,
    path: paths.person(slug),
    locale,
    editions: await documentEditions(person._id, locale, paths.person(slug)),
    siteName: settings.clinicName ?? '',
  })
}

function Section({id, title, children}: {id: string; title: string; children: React.ReactNode}) {
  return (
    <section aria-labelledby={id} className="mt-12">
      <h2 id={id} className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-white">
        {title}
      </h2>
      <div className="mt-6">{children}</div>
    </section>
  )
}

/** Said only when the list is cut short (PERSON_POSTS_SHOWN). */
function NewestOf({shown, total, locale}: {shown: number; total: number; locale: Locale}) {
  if (total <= shown) return null
  return <p className="mt-6 text-base text-slate-700 dark:text-slate-300">{siteText(locale)('person.newestOf', {shown, total})}</p>
}

export default async function PersonPage({params}: Props) {
  const locale = await pageLocale(params)
  const paths = pathsFor(locale)
  const {slug} = await params
  const person = await getPersonBySlug(slug, locale)
  if (!person?.slug || !person.name) return notFoundUnlessRedirected(paths.person(slug))
  const [settings, treatments] = await Promise.all([getSettings(locale), getTreatments(locale)])
  const siteUrl = env().SITE_URL
  const crumbs = [
    {name: siteText(locale)('crumbs.home'), path: paths.home()},
    {name: person.name, path: paths.person(person.slug)},
  ]
  const personNode = profileNode(person, siteUrl, locale)
  const t = siteText(locale)
  return (
    <PageContainer className="pt-2">
      <JsonLd
        data={pageGraph(
          {type: 'ProfilePage', path: paths.person(person.slug), name: person.name, crumbs, locale},
          {settings, treatments, siteUrl, extra: personNode ? [personNode] : []},
        )}
      />
      <Breadcrumbs crumbs={crumbs} />
      <div className="mt-4 flex flex-col gap-6 sm:flex-row sm:items-start">
        {person.photo?.asset && (
          <ContentImage
            image={person.photo}
            width={320}
            aspect={1}
            sizes="160px"
            className="size-32 rounded-full object-cover sm:size-40"
          />
        )}
        <div className="max-w-[65ch]">
          <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">
            {person.name}
          </h1>
          {person.role && <p className="mt-2 text-lg text-slate-700 dark:text-slate-300">{person.role}</p>}
          {person.qualifications && (
            <p className="mt-1 text-base text-slate-700 dark:text-slate-300">
              <span className="font-medium">{t('person.qualifications')}</span> {person.qualifications}
            </p>
          )}
          <div className="prose prose-slate mt-4 dark:prose-invert">
            <SimpleText value={person.bio} headingLevel={2} />
          </div>
        </div>
      </div>
      {person.authored.length > 0 && (
        <Section id="written" title={t('person.written', {name: person.name})}>
          <PostGrid posts={person.authored} locale={locale} />
          <NewestOf shown={person.authored.length} total={person.authoredCount} locale={locale} />
        </Section>
      )}
      {person.reviewed.length > 0 && (
        <Section id="reviewed" title={t('person.reviewed', {name: person.name})}>
          <PostGrid posts={person.reviewed} locale={locale} />
          <NewestOf shown={person.reviewed.length} total={person.reviewedCount} locale={locale} />
        </Section>
      )}
      {person.reviewedTreatments.length > 0 && (
        <Section id="treatments-reviewed" title={t('person.treatmentsReviewed')}>
          <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {person.reviewedTreatments.map((treatment) => (
              <li key={treatment._id} className="flex">
                <TreatmentCard treatment={treatment} locale={locale} />
              </li>
            ))}
          </ul>
        </Section>
      )}
    </PageContainer>
  )
}

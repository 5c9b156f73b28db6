import type {Metadata} from 'next'
import {PostCard, PostGrid} from '@/components/article/PostCard'
import {ClinicAddress} from '@/components/layout/ClinicAddress'
import {ContactLinks} from '@/components/layout/ContactLinks'
import {OpeningHours} from '@/components/layout/OpeningHours'
import {PageContainer} from '@/components/layout/PageHeading'
import {TreatmentCard} from '@/components/treatments/TreatmentCard'
import {ButtonLink} from '@/components/ui/ButtonLink'
import {JsonLd} from '@/components/ui/JsonLd'
import {fixedPageEditions, getLatestPosts, getSettings, getTreatments} from '@/lib/content'
import {env} from '@/lib/platform/env'
import {pageGraph, buildMetadata} from '@/lib/seo'
import {pageLocale} from '@/lib/i18n/page-locale'
import {pathsFor} from '@/lib/routes/paths'
import {getTranslations} from 'next-intl/server'

export const revalidate = 3600

// The guide patients most often arrive for; if it is ever unpublished the newest post takes its place.
const FEATURED_POST_SLUG = 'can-you-close-pores-permanently'

type Props = {params: Promise<{locale: string}>}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const settings = await getSettings(locale)
  const name = settings.clinicName ?? ''
  return {
    ...buildMetadata({
      title: name,
      description: settings.tagline,
      path: pathsFor(locale).home(),
      siteName: name,
      locale,
      editions: fixedPageEditions((paths) => paths.home()),
    }),
    title: {absolute: name},
  }
}

function SectionHeading({
  id,
  title,
  href,
  linkText,
}: {
  id: string
  title: string
  href?: string
  linkText?: string
}) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-2">
      <h2 id={id} className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-white">
        {title}
      </h2>
      {href && (
        <a
          href={href}
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-4 dark:text-brand-100"
        >
          {linkText}
        </a>
      )}
    </div>
  )
}

export default async function HomePage({params}: Props) {
  const locale = await pageLocale(params)
  const paths = pathsFor(locale)
  const [settings, posts, treatments, t] = await Promise.all([
    getSettings(locale),
    getLatestPosts(7, locale),
    getTreatments(locale),
    getTranslations({locale, namespace: 'site'}),
  ])
  const featured = posts.find((p) => p.slug === FEATURED_POST_SLUG) ?? posts[0]
  const latest = posts.filter((p) => p._id !== featured?._id).slice(0, 3)

  return (
    <>
      <JsonLd
        data={pageGraph(
          {path: paths.home(), name: settings.clinicName ?? '', description: settings.tagline, locale},
          {settings, treatments, siteUrl: env().SITE_URL},
        )}
      />
      <section className="border-b border-slate-200 bg-gradient-to-b from-sand-50 to-white dark:border-slate-800 dark:from-slate-900 dark:to-slate-950">
        <PageContainer className="grid gap-10 sm:py-14 lg:grid-cols-[minmax(0,1fr)_26rem] lg:items-center">
          <div className="max-w-[40rem]">
            <h1 className="text-3xl font-bold tracking-tight text-balance text-brand-900 sm:text-5xl dark:text-white">
              {settings.clinicName}
            </h1>
            {settings.tagline && (
              <p className="mt-4 text-lg leading-relaxed text-slate-700 sm:text-xl dark:text-slate-300">
                {settings.tagline}
              </p>
            )}
            <p className="mt-3 text-base text-slate-700 dark:text-slate-300">{t('home.intro')}</p>
            <div className="mt-6 flex flex-wrap gap-3">
              <ButtonLink href={paths.book(null, paths.home())}>{t('home.book')}</ButtonLink>
              <ButtonLink href={paths.blog()} variant="secondary">
                {t('home.readJournal')}
              </ButtonLink>
            </div>
          </div>
          {featured && (
            <section aria-labelledby="featured">
              <h2
                id="featured"
                className="mb-3 text-sm font-semibold tracking-wide text-brand-800 uppercase dark:text-brand-100"
              >
                {t('home.featured')}
              </h2>
              <PostCard post={featured} eager locale={locale} />
            </section>
          )}
        </PageContainer>
      </section>

      <PageContainer>
        {latest.length > 0 && (
          <section aria-labelledby="latest">
            <SectionHeading
              id="latest"
              title={t('home.latest')}
              href={paths.blog()}
              linkText={t('home.allPosts')}
            />
            <div className="mt-6">
              <PostGrid posts={latest} locale={locale} />
            </div>
          </section>
        )}

        {treatments.length > 0 && (
          <section aria-labelledby="treatments" className="mt-14">
            <SectionHeading
              id="treatments"
              title={t('home.treatments')}
              href={paths.treatments()}
              linkText={t('home.allTreatments')}
            />
            <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
              {treatments.map((treatment) => (
                <li key={treatment._id} className="flex">
                  <TreatmentCard treatment={treatment} showImage={false} locale={locale} />
                </li>
              ))}
            </ul>
          </section>
        )}

        <section
          aria-labelledby="visit"
          className="mt-14 rounded-2xl bg-sand-100 p-6 sm:p-8 dark:bg-slate-900"
        >
          <SectionHeading
            id="visit"
            title={t('home.visit')}
            href={paths.clinic()}
            linkText={t('home.clinicDetails')}
          />
          <div className="mt-6 grid gap-8 text-slate-800 md:grid-cols-3 dark:text-slate-200">
            <div>
              <h3 className="font-semibold text-slate-900 dark:text-white">{t('home.address')}</h3>
              <div className="mt-2">
                <ClinicAddress settings={settings} locale={locale} />
              </div>
            </div>
            <div>
              <h3 className="font-semibold text-slate-900 dark:text-white">{t('home.hours')}</h3>
              <div className="mt-2">
                <OpeningHours settings={settings} locale={locale} />
              </div>
            </div>
            <div>
              <h3 className="font-semibold text-slate-900 dark:text-white">{t('home.contact')}</h3>
              <div className="mt-1">
                <ContactLinks settings={settings} from={paths.home()} locale={locale} />
              </div>
            </div>
          </div>
        </section>
      </PageContainer>
    </>
  )
}

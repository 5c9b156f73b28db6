import type {Metadata} from 'next'
import {Byline} from '@/components/article/Byline'
import {Disclaimer} from '@/components/article/Disclaimer'
import {RelatedPosts} from '@/components/article/RelatedPosts'
import {ShareBar} from '@/components/article/ShareBar'
import {Sources} from '@/components/article/Sources'
import {TableOfContentsDisclosure, TableOfContentsSidebar} from '@/components/article/TableOfContents'
import {TreatmentDetails} from '@/components/article/TreatmentDetails'
import {RichText} from '@/components/portable-text/RichText'
import {DetailPage} from '@/components/layout/DetailPage'
import {ContentImage} from '@/components/ui/ContentImage'
import {tableOfContents} from '@/lib/article/table-of-contents'
import {readingTime} from '@/lib/article/reading-time'
import {numberSources} from '@/lib/article/sources'
import {
  documentEditions,
  getPostBySlug,
  prerenderedPostParams,
  getRelatedPosts,
  getSettings,
  getTreatments,
  type Post,
  imageUrl,
  notFoundUnlessRedirected,
} from '@/lib/content'
import {env} from '@/lib/platform/env'
import {articleGraph, type Crumb, buildMetadata, notFoundMetadataIn, absoluteUrl} from '@/lib/seo'
import {getTranslations} from 'next-intl/server'
import type {Locale} from '@/lib/i18n/locales'
import {pageLocale} from '@/lib/i18n/page-locale'
import {inEveryEdition} from '@/lib/i18n/static-params'
import type {SiteText} from '@/lib/i18n/site-text'
import {pathsFor} from '@/lib/routes/paths'
import {toSingaporeIso} from '@/lib/singapore-time'

export const revalidate = 3600

type Props = {params: Promise<{locale: string; slug: string}>}

export const dynamicParams = true
export function generateStaticParams() {
  return inEveryEdition(prerenderedPostParams)
}

function crumbsFor(post: Post, locale: Locale, t: SiteText): Crumb[] {
  const paths = pathsFor(locale)
  const category = post.categories?.find((c) => c.slug && c.title)
  return [
    {name: t('crumbs.home'), path: paths.home()},
    {name: t('crumbs.journal'), path: paths.blog()},
    ...(category ? [{name: category.title!, path: paths.category(category.slug!)}] : []),
    {name: post.title ?? '', path: paths.post(post.slug ?? '')},
  ]
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const paths = pathsFor(locale)
  const {slug} = await params
  const [post, settings] = await Promise.all([getPostBySlug(slug, locale), getSettings(locale)])
  if (!post) return notFoundMetadataIn(locale)
  return buildMetadata({
    title: post.seo?.title || post.title || '',
    description: post.seo?.description || post.excerpt,
    path: paths.post(slug),
    siteName: settings.clinicName ?? '',
    locale,
    editions: await documentEditions(post._id, locale, paths.post(slug)),
    article: {
      publishedTime: toSingaporeIso(post.publishedAt),
      modifiedTime: toSingaporeIso(post._updatedAt),
      authors: post.author?.slug ? [absoluteUrl(paths.person(post.author.slug))] : undefined,
      section: post.categories?.[0]?.title ?? undefined,
    },
  })
}

export default async function ArticlePage({params}: Props) {
  const locale = await pageLocale(params)
  const paths = pathsFor(locale)
  const {slug} = await params
  const post = await getPostBySlug(slug, locale)
  if (!post?.slug || !post.title) return notFoundUnlessRedirected(paths.post(slug))
  const [settings, treatments, related, t] = await Promise.all([
    getSettings(locale),
    getTreatments(locale),
    getRelatedPosts(post, 3, locale),
    getTranslations({locale, namespace: 'site'}),
  ])

  const body = post.body ?? []
  const toc = tableOfContents(body)
  const {minutes} = readingTime(body)
  const sources = numberSources(post.references)
  const crumbs = crumbsFor(post, locale, t)
  const url = absoluteUrl(paths.post(post.slug))
  const cover = imageUrl(post.coverImage, {width: 1200})
  const relatedTreatments = (post.relatedTreatments ?? []).filter(
    (t): t is NonNullable<typeof t> => t !== null,
  )

  return (
    <DetailPage
      crumbs={crumbs}
      graph={articleGraph(post, {
        settings,
        treatments,
        crumbs,
        imageUrl: cover?.src,
        siteUrl: env().SITE_URL,
        locale,
      })}
    >
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-12">
        <article className="min-w-0 max-w-[68ch]">
          <header className="mt-2">
            {post.categories?.[0]?.title && post.categories[0].slug && (
              <p className="text-sm font-semibold text-brand-700 dark:text-brand-100">
                <a
                  href={paths.category(post.categories[0].slug)}
                  className="inline-flex min-h-11 items-center underline-offset-4 hover:underline"
                >
                  {post.categories[0].title}
                </a>
              </p>
            )}
            <h1 className="text-3xl font-bold leading-tight tracking-tight text-slate-900 text-balance sm:text-4xl dark:text-white">
              {post.title}
            </h1>
            {post.excerpt && (
              <p className="mt-4 text-lg leading-relaxed text-slate-700 sm:text-xl dark:text-slate-300">
                {post.excerpt}
              </p>
            )}
            <div className="mt-5 border-y border-slate-200 py-4 dark:border-slate-800">
              <Byline
                author={post.author}
                medicalReviewer={post.medicalReviewer}
                publishedAt={post.publishedAt}
                lastReviewedAt={post.lastReviewedAt}
                changeNote={post.changeNote}
                changedAt={post.changedAt}
                minutes={minutes}
                reviewIntervalMonths={settings.reviewIntervalMonths}
                editorialPolicy={settings.editorialPolicy}
                locale={locale}
              />
            </div>
          </header>
          {post.coverImage?.asset && (
            <figure className="mt-6">
              <ContentImage
                image={post.coverImage}
                width={1440}
                sizes="(min-width: 768px) 720px, 100vw"
                className="w-full rounded-xl"
                eager
              />
              {post.coverImage.caption && (
                <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-400">
                  {post.coverImage.caption}
                </figcaption>
              )}
            </figure>
          )}
          <div className="mt-6">
            <TableOfContentsDisclosure entries={toc} locale={locale} />
          </div>
          <div className="article-body prose prose-slate mt-6 max-w-none dark:prose-invert">
            <RichText value={body} reservedIds={['sources']} sources={sources} from={paths.post(post.slug)} locale={locale} />
          </div>
          <Sources sources={sources} locale={locale} />
          {post.showDisclaimer && <Disclaimer settings={settings} locale={locale} />}
          <TreatmentDetails treatments={relatedTreatments} from={paths.post(post.slug)} locale={locale} />
          <ShareBar title={post.title} url={url} locale={locale} />
        </article>
        <div className="hidden lg:block">
          <div className="sticky top-6 mt-6 max-h-[calc(100dvh-3rem)] overflow-y-auto pb-6">
            <TableOfContentsSidebar entries={toc} locale={locale} />
          </div>
        </div>
      </div>
      <RelatedPosts posts={related} locale={locale} />
    </DetailPage>
  )
}

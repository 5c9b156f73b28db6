import type {Metadata} from 'next'
import {getTranslations} from 'next-intl/server'
import {PostListing} from '@/components/article/PostListing'
import {JsonLd} from '@/components/ui/JsonLd'
import {fixedPageEditions, getCategories, getPostsPage, getSettings, getTreatments, POSTS_PER_PAGE} from '@/lib/content'
import {pageLocale} from '@/lib/i18n/page-locale'
import {env} from '@/lib/platform/env'
import {pageGraph, buildMetadata} from '@/lib/seo'
import {pageCountFor} from '@/lib/routes/pagination'
import {pathsFor} from '@/lib/routes/paths'

export const revalidate = 3600

type Props = {params: Promise<{locale: string}>}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const [settings, t] = await Promise.all([getSettings(locale), getTranslations({locale, namespace: 'site'})])
  return buildMetadata({
    title: t('journal.title'),
    description: t('journal.intro'),
    path: pathsFor(locale).blog(),
    siteName: settings.clinicName ?? '',
    locale,
    editions: fixedPageEditions((paths) => paths.blog()),
  })
}

export default async function BlogPage({params}: Props) {
  const locale = await pageLocale(params)
  const paths = pathsFor(locale)
  const [{total, posts}, categories, settings, treatments, t] = await Promise.all([
    getPostsPage({page: 1, locale}),
    getCategories(locale),
    getSettings(locale),
    getTreatments(locale),
    getTranslations({locale, namespace: 'site'}),
  ])
  const crumbs = [
    {name: t('crumbs.home'), path: paths.home()},
    {name: t('crumbs.journal'), path: paths.blog()},
  ]
  return (
    <>
      <JsonLd
        data={pageGraph(
          {type: 'CollectionPage', path: paths.blog(), name: t('journal.title'), description: t('journal.intro'), crumbs, locale},
          {settings, treatments, siteUrl: env().SITE_URL},
        )}
      />
      <PostListing
        title={t('journal.title')}
        intro={t('journal.intro')}
        crumbs={crumbs}
        posts={posts}
        categories={categories}
        page={1}
        pageCount={pageCountFor(total, POSTS_PER_PAGE)}
        hrefFor={paths.blog}
        locale={locale}
      />
    </>
  )
}

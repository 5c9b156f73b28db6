import type {Metadata} from 'next'
import {PostListing} from '@/components/article/PostListing'
import {JsonLd} from '@/components/ui/JsonLd'
import {getCategories, getPostsPage, getSettings, getTreatments, POSTS_PER_PAGE} from '@/lib/content'
import {env} from '@/lib/platform/env'
import {pageGraph, buildMetadata} from '@/lib/seo'
import {pageCountFor} from '@/lib/routes/pagination'
import {paths} from '@/lib/routes/paths'

export const revalidate = 3600

const BLOG_INTRO = 'Plain-language guides to skin and treatments, each checked by one of our doctors.'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSettings()
  return buildMetadata({
    title: 'Journal',
    description: BLOG_INTRO,
    path: paths.blog(),
    siteName: settings.clinicName ?? '',
  })
}

export default async function BlogPage() {
  const [{total, posts}, categories, settings, treatments] = await Promise.all([
    getPostsPage({page: 1}),
    getCategories(),
    getSettings(),
    getTreatments(),
  ])
  const crumbs = [
    {name: 'Home', path: paths.home()},
    {name: 'Journal', path: paths.blog()},
  ]
  return (
    <>
      <JsonLd
        data={pageGraph(
          {type: 'CollectionPage', path: paths.blog(), name: 'Journal', description: BLOG_INTRO, crumbs},
          {settings, treatments, siteUrl: env().SITE_URL},
        )}
      />
      <PostListing
        title="Journal"
        intro={BLOG_INTRO}
        crumbs={crumbs}
        posts={posts}
        categories={categories}
        page={1}
        pageCount={pageCountFor(total, POSTS_PER_PAGE)}
        hrefFor={paths.blog}
      />
    </>
  )
}

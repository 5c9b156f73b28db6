import type {Metadata} from 'next'
import {notFound, permanentRedirect} from 'next/navigation'
import {PostListing} from '@/components/article/PostListing'
import {getCategories, getPostsPage, getSettings, POSTS_PER_PAGE} from '@/lib/content'
import {buildMetadata} from '@/lib/seo/metadata'
import {pageCountFor, parsePageParam} from '@/lib/routes/pagination'
import {paths} from '@/lib/routes/paths'

export const revalidate = 3600

type Props = {params: Promise<{page: string}>}

async function resolvePage(param: string): Promise<number> {
  if (param === '1') permanentRedirect(paths.blog())
  const {total} = await getPostsPage({page: 1})
  const page = parsePageParam(param, pageCountFor(total, POSTS_PER_PAGE))
  if (!page) notFound()
  return page
}

export async function generateStaticParams() {
  const {total} = await getPostsPage({page: 1})
  const count = pageCountFor(total, POSTS_PER_PAGE)
  return Array.from({length: count - 1}, (_, i) => ({page: String(i + 2)}))
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const page = await resolvePage((await params).page)
  const settings = await getSettings()
  return buildMetadata({
    title: `Journal, page ${page}`,
    path: paths.blog(page),
    siteName: settings.clinicName ?? '',
  })
}

export default async function BlogPageN({params}: Props) {
  const page = await resolvePage((await params).page)
  const [{total, posts}, categories] = await Promise.all([getPostsPage({page}), getCategories()])
  const crumbs = [
    {name: 'Home', path: paths.home()},
    {name: 'Journal', path: paths.blog()},
    {name: `Page ${page}`, path: paths.blog(page)},
  ]
  return (
    <PostListing
      title="Journal"
      crumbs={crumbs}
      posts={posts}
      categories={categories}
      page={page}
      pageCount={pageCountFor(total, POSTS_PER_PAGE)}
      hrefFor={paths.blog}
    />
  )
}

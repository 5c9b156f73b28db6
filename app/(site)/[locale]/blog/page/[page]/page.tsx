import type {Metadata} from 'next'
import {notFound, permanentRedirect} from 'next/navigation'
import {PostListing} from '@/components/article/PostListing'
import {getCategories, getSettings, getJournalPage, prerenderedJournalPageParams, type EditionParams} from '@/lib/content'
import {buildMetadata} from '@/lib/seo'
import {paths} from '@/lib/routes/paths'

export const revalidate = 3600

type Props = {params: Promise<{page: string}>}

async function load(pageParam: string) {
  // Page 1 has one address, /blog.
  if (pageParam === '1') permanentRedirect(paths.blog())
  const listing = await getJournalPage(pageParam)
  if (!listing) notFound()
  return listing
}

export const dynamicParams = true
export const generateStaticParams = ({params}: EditionParams) => prerenderedJournalPageParams(params.locale)

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const [{page}, settings] = await Promise.all([load((await params).page), getSettings()])
  return buildMetadata({
    title: `Journal, page ${page}`,
    path: paths.blog(page),
    siteName: settings.clinicName ?? '',
  })
}

export default async function BlogPageN({params}: Props) {
  const [{page, pageCount, posts}, categories] = await Promise.all([load((await params).page), getCategories()])
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
      pageCount={pageCount}
      hrefFor={paths.blog}
    />
  )
}

import {notFound, permanentRedirect} from 'next/navigation'
import {PostListing} from './PostListing'
import {JsonLd} from '@/components/ui/JsonLd'
import {
  getCategories,
  getCategoryBySlug,
  getPostsPage,
  getSettings,
  getTreatments,
  POSTS_PER_PAGE,
} from '@/lib/content'
import {env} from '@/lib/env'
import {pageGraph} from '@/lib/seo/json-ld'
import {buildMetadata} from '@/lib/seo/metadata'
import {pageCountFor, parsePageParam} from '@/lib/routes/pagination'
import {paths} from '@/lib/routes/paths'

// Shared by /blog/category/<slug> and its /page/<n> pages, which differ only in the page number.

export async function resolveCategoryPage(slug: string, pageParam = '1') {
  const category = await getCategoryBySlug(slug)
  if (!category?.slug || !category.title) notFound()
  if (pageParam === '1') return {category, page: 1}
  const {total} = await getPostsPage({page: 1, category: slug})
  const page = parsePageParam(pageParam, pageCountFor(total, POSTS_PER_PAGE))
  if (!page) notFound()
  return {category, page}
}

export async function categoryStaticParams(): Promise<{slug: string; page: string}[]> {
  const categories = await getCategories()
  const params = await Promise.all(
    categories
      .filter((c) => c.slug)
      .map(async (c) => {
        const {total} = await getPostsPage({page: 1, category: c.slug!})
        return Array.from({length: pageCountFor(total, POSTS_PER_PAGE)}, (_, i) => ({
          slug: c.slug!,
          page: String(i + 1),
        }))
      }),
  )
  return params.flat()
}

export async function categoryMetadata(slug: string, pageParam?: string) {
  const [{category, page}, settings] = await Promise.all([
    resolveCategoryPage(slug, pageParam),
    getSettings(),
  ])
  return buildMetadata({
    title: page > 1 ? `${category.title}, page ${page}` : category.title!,
    description: category.description ?? `Journal posts about ${category.title!.toLowerCase()}.`,
    path: paths.category(category.slug!, page),
    siteName: settings.clinicName ?? '',
  })
}

export async function CategoryListing({slug, pageParam}: {slug: string; pageParam?: string}) {
  if (pageParam === '1') permanentRedirect(paths.category(slug))
  const {category, page} = await resolveCategoryPage(slug, pageParam)
  const [{total, posts}, categories, settings, treatments] = await Promise.all([
    getPostsPage({page, category: slug}),
    getCategories(),
    getSettings(),
    getTreatments(),
  ])
  const crumbs = [
    {name: 'Home', path: paths.home()},
    {name: 'Journal', path: paths.blog()},
    {name: category.title!, path: paths.category(slug)},
    ...(page > 1 ? [{name: `Page ${page}`, path: paths.category(slug, page)}] : []),
  ]
  return (
    <>
      <JsonLd
        data={pageGraph(
          {
            type: 'CollectionPage',
            path: paths.category(slug, page),
            name: category.title!,
            description: category.description,
            crumbs,
          },
          {settings, treatments, siteUrl: env().SITE_URL},
        )}
      />
      <PostListing
        title={category.title!}
        intro={category.description}
        crumbs={crumbs}
        posts={posts}
        categories={categories}
        currentCategory={slug}
        page={page}
        pageCount={pageCountFor(total, POSTS_PER_PAGE)}
        hrefFor={(n) => paths.category(slug, n)}
      />
    </>
  )
}

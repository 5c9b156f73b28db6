import {PostListing} from './PostListing'
import {JsonLd} from '@/components/ui/JsonLd'
import {type Category, getSettings, getTreatments} from '@/lib/content'
import type {CategoryPage} from '@/lib/content/listing-pages'
import {env} from '@/lib/platform/env'
import {pageGraph} from '@/lib/seo/json-ld'
import {paths} from '@/lib/routes/paths'

/** One page of a category's posts, with its breadcrumbs and CollectionPage structured data. */
export async function CategoryListing({listing, categories}: {listing: CategoryPage; categories: Category[]}) {
  const {category, page, pageCount, posts} = listing
  const [settings, treatments] = await Promise.all([getSettings(), getTreatments()])
  const crumbs = [
    {name: 'Home', path: paths.home()},
    {name: 'Journal', path: paths.blog()},
    {name: category.title, path: paths.category(category.slug)},
    ...(page > 1 ? [{name: `Page ${page}`, path: paths.category(category.slug, page)}] : []),
  ]
  return (
    <>
      <JsonLd
        data={pageGraph(
          {
            type: 'CollectionPage',
            path: paths.category(category.slug, page),
            name: category.title,
            description: category.description,
            crumbs,
          },
          {settings, treatments, siteUrl: env().SITE_URL},
        )}
      />
      <PostListing
        title={category.title}
        intro={category.description}
        crumbs={crumbs}
        posts={posts}
        categories={categories}
        currentCategory={category.slug}
        page={page}
        pageCount={pageCount}
        hrefFor={(n) => paths.category(category.slug, n)}
      />
    </>
  )
}

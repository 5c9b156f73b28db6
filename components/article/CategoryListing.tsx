import {PostListing} from './PostListing'
import {JsonLd} from '@/components/ui/JsonLd'
import {type Category, getSettings, getTreatments} from '@/lib/content'
import type {CategoryPage} from '@/lib/content/listing-pages'
import {env} from '@/lib/platform/env'
import {pageGraph} from '@/lib/seo/json-ld'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {siteText} from '@/lib/i18n/site-text'
import {pathsFor} from '@/lib/routes/paths'

/** One page of a category's posts, with its breadcrumbs and CollectionPage structured data. */
export async function CategoryListing({listing, categories, locale = DEFAULT_LOCALE}: {listing: CategoryPage; categories: Category[]; locale?: Locale}) {
  const {category, page, pageCount, posts} = listing
  const [settings, treatments] = await Promise.all([getSettings(locale), getTreatments(locale)])
  const t = siteText(locale)
  const paths = pathsFor(locale)
  const crumbs = [
    {name: t('crumbs.home'), path: paths.home()},
    {name: t('crumbs.journal'), path: paths.blog()},
    {name: category.title, path: paths.category(category.slug)},
    ...(page > 1 ? [{name: t('crumbs.page', {page}), path: paths.category(category.slug, page)}] : []),
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
            locale,
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
        locale={locale}
      />
    </>
  )
}

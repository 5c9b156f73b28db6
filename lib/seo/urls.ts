import {env} from '@/lib/env'

/** Every public path of the site in one place, so links, canonicals and the sitemap agree. */
export const paths = {
  home: () => '/',
  blog: (page = 1) => (page > 1 ? `/blog/page/${page}` : '/blog'),
  category: (slug: string, page = 1) =>
    page > 1 ? `/blog/category/${slug}/page/${page}` : `/blog/category/${slug}`,
  post: (slug: string) => `/blog/${slug}`,
  treatments: () => '/treatments',
  treatment: (slug: string) => `/treatments/${slug}`,
  person: (slug: string) => `/people/${slug}`,
  clinic: () => '/clinic',
  privacy: () => '/privacy',
  book: (treatmentSlug?: string | null) =>
    treatmentSlug ? `/book?treatment=${encodeURIComponent(treatmentSlug)}` : '/book',
  feed: () => '/feed.xml',
}

export function absoluteUrl(path: string, siteUrl = env().SITE_URL): string {
  return new URL(path, `${siteUrl}/`).toString()
}

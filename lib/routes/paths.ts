// Every path of the site in one place, so links, redirects, canonicals, the sitemap, the proxy and
// the Studio's Presentation tool agree, and renaming a route is one change. No imports: the
// Studio's bundle uses this file too.

type Query = string | URLSearchParams | Record<string, string> | undefined

function withQuery(path: string, query: Query): string {
  const search = query === undefined ? '' : new URLSearchParams(query).toString()
  return search ? `${path}?${search}` : path
}

/**
 * The site's editions and their path prefixes: English at the root, Chinese under /zh. Kept here
 * rather than imported, as this file imports nothing; lib/i18n/locales.ts re-exports them.
 */
export type Edition = 'en' | 'zh-Hans'
export const EDITION_PREFIX: Record<Edition, '' | `/${string}`> = {en: '', 'zh-Hans': '/zh'}

/** A path of the English site as the same page's path in `locale`'s edition ("/" is the edition's home). */
export function localizePath(path: string, locale: Edition = 'en'): string {
  const prefix = EDITION_PREFIX[locale]
  if (!prefix) return path
  return path === '/' ? prefix : path.startsWith('/?') ? `${prefix}${path.slice(1)}` : `${prefix}${path}`
}

/** The edition a public path belongs to, and the path as the English site would spell it. */
export function editionOfPath(path: string): {locale: Edition; path: string} {
  for (const locale of Object.keys(EDITION_PREFIX) as Edition[]) {
    const prefix = EDITION_PREFIX[locale]
    if (prefix && (path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`)))
      return {locale, path: path === prefix ? '/' : path.startsWith(`${prefix}?`) ? `/${path.slice(prefix.length)}` : path.slice(prefix.length)}
  }
  return {locale: 'en', path}
}

function sitePaths(locale: Edition) {
  const at = (path: string) => localizePath(path, locale)
  return {
    home: () => at('/'),
    blog: (page = 1) => at(page > 1 ? `/blog/page/${page}` : '/blog'),
    category: (slug: string, page = 1) => at(page > 1 ? `/blog/category/${slug}/page/${page}` : `/blog/category/${slug}`),
    post: (slug: string) => at(`/blog/${slug}`),
    treatments: () => at('/treatments'),
    treatment: (slug: string) => at(`/treatments/${slug}`),
    person: (slug: string) => at(`/people/${slug}`),
    clinic: () => at('/clinic'),
    privacy: () => at('/privacy'),
    /** Standing pages (editorial policy, about our content); under /about so no slug takes another route. */
    page: (slug: string) => at(`/about/${slug}`),
    /** `from`: the page the link is on, stored with the enquiry so staff see which page brought it. */
    book: (treatmentSlug?: string | null, from?: string) =>
      withQuery(at('/book'), {...(treatmentSlug ? {treatment: treatmentSlug} : {}), ...(from ? {from} : {})}),
    /** Where the booking form posts when the browser runs no JavaScript. */
    bookSubmit: () => at('/book/submit'),
    bookThanks: (publicRef: string) => withQuery(at('/book/thanks'), {ref: publicRef}),
    feed: () => at('/feed.xml'),
    /** The clinic's WhatsApp or phone link through the site's own counter (app/(site)/go); one for both editions. */
    contact: (channel: 'whatsapp' | 'phone', from?: string) => withQuery(`/go/${channel}`, from ? {from} : undefined),
  }
}

export type SitePaths = ReturnType<typeof sitePaths>

const PATHS: Record<Edition, SitePaths> = {en: sitePaths('en'), 'zh-Hans': sitePaths('zh-Hans')}

/** The public site in one edition: `pathsFor('zh-Hans').post(slug)` is `/zh/blog/<slug>`. */
export function pathsFor(locale: Edition = 'en'): SitePaths {
  return PATHS[locale]
}

/** The public site's English edition, at the root. */
export const paths = PATHS.en

/** The staff inbox. Its cookie is scoped to `staffPaths.root`. */
export const staffPaths = {
  root: '/staff',
  inbox: (query?: Query) => withQuery('/staff', query),
  login: () => '/staff/login',
  enquiry: (id: string | number, query?: Query) => withQuery(`/staff/enquiries/${id}`, query),
  export: (query?: Query) => withQuery('/staff/export', query),
  searchInsights: () => '/staff/search',
  insights: () => '/staff/insights',
  insightsExport: () => '/staff/insights/export',
}

export const apiPaths = {
  draftModeEnable: '/api/draft-mode/enable',
  draftModeDisable: '/api/draft-mode/disable',
}

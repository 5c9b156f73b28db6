// Every path of the site in one place, so links, redirects, canonicals, the sitemap, the proxy and
// the Studio's Presentation tool agree, and renaming a route is one change. No imports: the
// Studio's bundle uses this file too.

type Query = string | URLSearchParams | Record<string, string> | undefined

function withQuery(path: string, query: Query): string {
  const search = query === undefined ? '' : new URLSearchParams(query).toString()
  return search ? `${path}?${search}` : path
}

/** The public site. */
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
  /** Standing pages (editorial policy, about our content); under /about so no slug takes another route. */
  page: (slug: string) => `/about/${slug}`,
  /** `from`: the page the link is on, stored with the enquiry so staff see which page brought it. */
  book: (treatmentSlug?: string | null, from?: string) =>
    withQuery('/book', {...(treatmentSlug ? {treatment: treatmentSlug} : {}), ...(from ? {from} : {})}),
  /** Where the booking form posts when the browser runs no JavaScript. */
  bookSubmit: () => '/book/submit',
  bookThanks: (publicRef: string) => withQuery('/book/thanks', {ref: publicRef}),
  feed: () => '/feed.xml',
  /** The clinic's WhatsApp or phone link through the site's own counter (app/(site)/go). */
  contact: (channel: 'whatsapp' | 'phone', from?: string) => withQuery(`/go/${channel}`, from ? {from} : undefined),
}

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

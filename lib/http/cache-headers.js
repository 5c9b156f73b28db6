// @ts-check
// Cache-Control for the public content pages, in the shape of next.config.js `headers()`.
// CommonJS because next.config.js requires it.
//
// Two caches sit in front of a reader:
// - Next's own ISR cache on the server, which the signed Sanity webhook clears by tag (fresh on the
//   very next request) and which also expires after CONTENT_REVALIDATE_SECONDS in case a webhook is
//   lost.
// - A shared cache in front (deploy/nginx/clinic-cache.conf, or a CDN). deploy/nginx is refreshed
//   by the server right after a publish (SHARED_CACHE_REFRESH_URLS); what follows is the bound for
//   a cache that never hears about publishes, and the safety net for a refresh that was lost: it
//   may keep a page for one second (s-maxage=1). After that one request refetches
//   it while the others get the old copy (a CDN does this in the background for
//   stale-while-revalidate=1; deploy/nginx makes the first reader wait for the fresh page). A
//   publish is therefore visible through it within about two seconds (s-maxage + stale-while-revalidate),
//   while the origin answers about one request per page per second however many readers there are.
//   stale-while-revalidate is kept that short on purpose: it is also how old a copy the first
//   reader after a quiet spell may get from a CDN. When the origin fails the cache keeps serving its
//   copy for a day (stale-if-error), which covers a restart or an outage.
// Browsers always revalidate (max-age=0), so a reader who reloads gets what the cache has.
//
// Only the paths below get it: the booking form, the staff area, the API, the Studio and draft
// preview must never be cached by a shared cache. In draft mode Next replaces this header with
// `private, no-cache, no-store` itself, so a preview never reaches the CDN either.

/** Public, CMS-driven pages and their feeds (the English edition, at the root). */
const ENGLISH_CONTENT_PATHS = [
  '/',
  '/blog',
  '/blog/:path*',
  '/treatments',
  '/treatments/:path*',
  '/people/:path*',
  '/clinic',
  '/contact',
  '/privacy',
  '/about/:path*',
  '/feed.xml',
  '/rss.xml',
  '/sitemap.xml',
]

// The Chinese edition (/zh, lib/i18n/edition-routes.js) has the same pages under its prefix.
const CHINESE_CONTENT_PATHS = ENGLISH_CONTENT_PATHS.filter((p) => !['/rss.xml', '/sitemap.xml', '/contact'].includes(p)).map((p) => (p === '/' ? '/zh' : `/zh${p}`))

/** Public, CMS-driven pages and their feeds, both editions. */
const PUBLIC_CONTENT_PATHS = [...ENGLISH_CONTENT_PATHS, ...CHINESE_CONTENT_PATHS]

const DEFAULTS = {cdnMaxAgeSeconds: 1, staleWhileRevalidateSeconds: 1, staleIfErrorSeconds: 86400}

/**
 * @param {{cdnMaxAgeSeconds?: number, staleWhileRevalidateSeconds?: number, staleIfErrorSeconds?: number}} [options]
 * @returns {string}
 */
function contentCacheControl(options = {}) {
  // Options given as undefined keep their default (a spread would copy the undefined over it).
  const o = {...DEFAULTS}
  for (const [key, value] of Object.entries(options)) if (value !== undefined) o[/** @type {keyof typeof DEFAULTS} */ (key)] = value
  return [
    'public',
    'max-age=0',
    `s-maxage=${o.cdnMaxAgeSeconds}`,
    `stale-while-revalidate=${o.staleWhileRevalidateSeconds}`,
    `stale-if-error=${o.staleIfErrorSeconds}`,
  ].join(', ')
}

/**
 * @param {{paths?: string[], cdnMaxAgeSeconds?: number, staleWhileRevalidateSeconds?: number, staleIfErrorSeconds?: number}} [options]
 * @returns {{source: string, headers: {key: string, value: string}[]}[]}
 */
function cacheHeaders(options = {}) {
  const {paths = PUBLIC_CONTENT_PATHS, ...lifetimes} = options
  const value = contentCacheControl(lifetimes)
  return paths.map((source) => ({source, headers: [{key: 'Cache-Control', value}]}))
}

module.exports = {cacheHeaders, contentCacheControl, PUBLIC_CONTENT_PATHS}

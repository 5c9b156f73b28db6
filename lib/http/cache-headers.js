// @ts-check
// Cache-Control for the public content pages, in the shape of next.config.js `headers()`.
// CommonJS because next.config.js requires it.
//
// Two caches sit in front of a reader:
// - Next's own ISR cache on the server, which the signed Sanity webhook clears by tag (fresh on the
//   very next request) and which also expires after CONTENT_REVALIDATE_SECONDS in case a webhook is
//   lost.
// - A CDN, if one is put in front. It never hears about webhooks, so it may keep a page only
//   briefly (s-maxage, default 60 s): a publish is visible through the CDN within about a minute
//   while the origin still answers at most once a minute per page from its ISR cache. After that the
//   CDN serves its copy while it refetches in the background (stale-while-revalidate) and keeps
//   serving it if the origin fails (stale-if-error), which covers a server restart or outage.
// Browsers always revalidate (max-age=0), so a reader who reloads gets what the CDN has.
//
// Only the paths below get it: the booking form, the staff area, the API, the Studio and draft
// preview must never be cached by a shared cache. In draft mode Next replaces this header with
// `private, no-cache, no-store` itself, so a preview never reaches the CDN either.

/** Public, CMS-driven pages (issue "Reading on a phone") and their feeds. */
const PUBLIC_CONTENT_PATHS = [
  '/',
  '/blog',
  '/blog/:path*',
  '/treatments',
  '/treatments/:path*',
  '/people/:path*',
  '/clinic',
  '/contact',
  '/privacy',
  '/feed.xml',
  '/rss.xml',
  '/sitemap.xml',
]

const DEFAULTS = {cdnMaxAgeSeconds: 60, staleWhileRevalidateSeconds: 3600, staleIfErrorSeconds: 86400}

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
 * @param {{env?: Record<string, string | undefined>, paths?: string[], cdnMaxAgeSeconds?: number, staleIfErrorSeconds?: number}} [options]
 * @returns {{source: string, headers: {key: string, value: string}[]}[]}
 */
function cacheHeaders(options = {}) {
  const env = options.env ?? process.env
  // The CDN may serve stale for as long as the server's own time-based fallback.
  const revalidate = Number.parseInt(env.CONTENT_REVALIDATE_SECONDS ?? '', 10)
  const value = contentCacheControl({
    cdnMaxAgeSeconds: options.cdnMaxAgeSeconds,
    staleWhileRevalidateSeconds: Number.isFinite(revalidate) && revalidate > 0 ? revalidate : DEFAULTS.staleWhileRevalidateSeconds,
    staleIfErrorSeconds: options.staleIfErrorSeconds,
  })
  return (options.paths ?? PUBLIC_CONTENT_PATHS).map((source) => ({source, headers: [{key: 'Cache-Control', value}]}))
}

module.exports = {cacheHeaders, contentCacheControl, PUBLIC_CONTENT_PATHS}

// @ts-check
// How public URLs reach app/(site)/[locale]: the rewrites and redirects of next.config.js. CommonJS
// because next.config.js requires it.
//
// English stays at the root (every English URL exactly as before) and Chinese lives under /zh; the
// [locale] segment holds the internal ids `en` and `zh-Hans`. Only the URL picks the edition (pages
// are cached by URL): no Accept-Language, no cookie. This is next-intl's `as-needed` prefix routing
// (prefixes {'zh-Hans': '/zh'}, no detection, no cookie) written as config rewrites instead of its
// middleware: a middleware rewrite is an absolute URL, which Next treats as an external proxy when
// the server is bound to an address other than "localhost" (server.mjs -H 127.0.0.1 does that: every
// page answered with a redirect to itself), and rewrites here cost cached pages no middleware run.

/** Each edition's internal segment and public prefix; lib/routes/paths.ts (EDITION_PREFIX) agrees, a unit test checks. */
const EDITIONS = [
  {locale: 'en', prefix: ''},
  {locale: 'zh-Hans', prefix: '/zh'},
]

/** First path segments that belong to no edition: the API, Next's files, the Studio, the staff area,
 * content images, the contact counter, the bare size baseline, and the internal segments themselves. */
const OUTSIDE_SEGMENTS = ['api', '_next', 'studio', 'staff', 'content-assets', 'go', 'size-baseline', 'en', 'zh-Hans', 'zh']
/** Site-wide files at the root. */
const OUTSIDE_FILES = ['sitemap.xml', 'robots.txt', 'icon.svg', 'favicon.ico']

const escape = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const ENGLISH_PATH = `/:path((?!(?:${OUTSIDE_SEGMENTS.map(escape).join('|')})(?:/|$)|(?:${OUTSIDE_FILES.map(escape).join('|')})$).+)`

/** next.config.js `rewrites().beforeFiles`: the public URL to the page of its edition. */
function editionRewrites() {
  return EDITIONS.flatMap(({locale, prefix}) =>
    prefix
      ? [
          {source: prefix, destination: `/${locale}`},
          {source: `${prefix}/:path*`, destination: `/${locale}/:path*`},
        ]
      : [
          {source: '/', destination: `/${locale}`},
          {source: ENGLISH_PATH, destination: `/${locale}/:path`},
        ],
  )
}

/**
 * next.config.js `redirects()`: an internal address typed in (/en/blog, /zh-Hans) goes to the public
 * one, so each page has one URL. Image routes are the exception: Next writes their internal address
 * into the page's og:image itself, and a crawler should get the image without a detour.
 */
function editionRedirects() {
  return EDITIONS.flatMap(({locale, prefix}) => [
    {source: `/${locale}`, destination: prefix || '/', permanent: true},
    {source: `/${locale}/:path((?!(?:.*/)?opengraph-image).+)`, destination: `${prefix}/:path`, permanent: true},
  ])
}

module.exports = {EDITIONS, editionRedirects, editionRewrites}

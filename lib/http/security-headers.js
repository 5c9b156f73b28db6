// @ts-check
// Response headers for every route, returned in the shape of next.config.js `headers()`.
// CommonJS because next.config.js requires it.
const {assetPolicy} = require('./asset-policy.js')

// The cached public pages get one static policy, so that their ISR/static HTML can be cached and
// shared: a nonce would have to differ per response, which forces every page to render per request
// and gives up the CDN and ISR caching the freshness design rests on. script-src then needs
// 'unsafe-inline', because Next's inline bootstrap scripts (self.__next_f.push(...) payloads that
// hydrate React Server Components) are otherwise blocked. Those pages show only CMS content and
// take no input; the site loads no third-party script, and every other directive stays tight.
// The pages that render per request anyway and handle personal data (/book, /staff) get a nonce
// policy without 'unsafe-inline' for scripts instead, set by proxy.ts (its matcher lists them).
// Public pages cannot be framed at all (clickjacking). Only an editor's draft-mode pages (Next's
// draft-mode cookie) and the route that switches draft mode on may be framed, by this origin: the
// embedded Studio's Presentation tool shows them in an iframe.
// With the local Content Lake (SANITY_API_HOST, development and tests only) the Studio and the
// images talk to that host, which the Studio always reaches as <projectId>.localhost:<port>.
// Read at build time, like the rest of next.config.js; unset, the policies are unchanged.
function localLakeSources() {
  const host = process.env.SANITY_API_HOST
  if (!host) return {http: '', ws: ''}
  const url = new URL(host)
  const port = url.port ? `:${url.port}` : ''
  const wsProtocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
  return {
    http: ` ${url.origin} ${url.protocol}//*.${url.hostname}${port}`,
    ws: ` ${wsProtocol}//${url.host} ${wsProtocol}//*.${url.hostname}${port}`,
  }
}

/** @param {{dev: boolean, nonce?: string, framedBySelf?: boolean}} options */
function sitePolicy({dev, nonce, framedBySelf = false}) {
  // React in development evaluates code for its call stacks; production never gets 'unsafe-eval'.
  const evalInDev = dev ? " 'unsafe-eval'" : ''
  return [
    "default-src 'self'",
    // With a nonce: only scripts Next marked with it, and what they load ('strict-dynamic');
    // 'self' stays for browsers without CSP level 3.
    nonce ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${evalInDev}` : `script-src 'self' 'unsafe-inline'${evalInDev}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: https://cdn.sanity.io${localLakeSources().http}`,
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "frame-src 'self'",
    framedBySelf ? "frame-ancestors 'self'" : "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
    "manifest-src 'self'",
  ].join('; ')
}

// The embedded Studio talks to the project's Content Lake (HTTPS and a websocket for listeners),
// loads asset previews from the CDN and avatars from the sign-in providers, and uses blob: workers
// and images; styled-components injects styles at run time.
/** @param {{dev: boolean}} options */
function studioPolicy({dev}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    `connect-src 'self' https://*.api.sanity.io wss://*.api.sanity.io https://cdn.sanity.io${localLakeSources().http}${localLakeSources().ws}${dev ? ' ws:' : ''}`,
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "frame-ancestors 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ')
}

// The cookie Next sets while draft mode is on (draftMode().enable()).
const DRAFT_MODE_COOKIE = '__prerender_bypass'

const common = [
  // Two years; browsers ignore it on plain http (localhost). No `preload`: that is a commitment the
  // clinic makes for its domain, not something the code should decide.
  {key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains'},
  {key: 'X-Content-Type-Options', value: 'nosniff'},
  {key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin'},
  // Only features Chromium recognises: an unknown one is logged as a console error (Lighthouse).
  // web-share and clipboard-write stay allowed for the article's share buttons.
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), magnetometer=(), gyroscope=(), accelerometer=()',
  },
  // For browsers without frame-ancestors.
  {key: 'X-Frame-Options', value: 'DENY'},
  // No other site's window keeps a handle on ours (tabnabbing, cross-window leaks). The Studio
  // signs in by redirect, not a popup, and the Presentation tool's preview windows are on this
  // same origin with this same policy, so they keep their opener.
  {key: 'Cross-Origin-Opener-Policy', value: 'same-origin'},
]

/**
 * @param {{dev?: boolean}} [options] dev: relax the policy for `next dev` (eval, HMR websocket)
 * @returns {{source: string, has?: {type: 'cookie', key: string}[], headers: {key: string, value: string}[]}[]}
 */
function securityHeaders(options = {}) {
  const dev = options.dev ?? process.env.NODE_ENV === 'development'
  const framedBySelf = [
    {key: 'Content-Security-Policy', value: sitePolicy({dev, framedBySelf: true})},
    {key: 'X-Frame-Options', value: 'SAMEORIGIN'},
  ]
  return [
    {source: '/:path*', headers: [...common, {key: 'Content-Security-Policy', value: sitePolicy({dev})}]},
    // Later entries override earlier ones for the same key. Draft mode sets this cookie; draft
    // pages render per request and are never cached, so their headers can differ.
    {source: '/:path*', has: [{type: 'cookie', key: DRAFT_MODE_COOKIE}], headers: framedBySelf},
    // Presentation loads this first, inside its iframe, and is redirected to the page.
    {source: '/api/draft-mode/:path*', headers: framedBySelf},
    // '/studio/:path*' also matches '/studio'.
    {
      source: '/studio/:path*',
      headers: [
        {key: 'Content-Security-Policy', value: studioPolicy({dev})},
        {key: 'X-Frame-Options', value: 'SAMEORIGIN'},
      ],
    },
    // Snapshot files keep their own strict policy (asset-policy.js), not the site's.
    {source: '/content-assets/:path*', headers: [{key: 'Content-Security-Policy', value: assetPolicy}]},
  ]
}

/**
 * The nonce policy of a page that renders per request: a fresh nonce each time (128 random bits).
 * @param {{dev?: boolean}} [options]
 * @returns {{nonce: string, policy: string}}
 */
function perRequestPolicy(options = {}) {
  const dev = options.dev ?? process.env.NODE_ENV === 'development'
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  return {nonce, policy: sitePolicy({dev, nonce})}
}

module.exports = {securityHeaders, sitePolicy, studioPolicy, perRequestPolicy}

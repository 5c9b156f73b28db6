// @ts-check
const {cacheHeaders} = require('./lib/http/cache-headers.js')
const {securityHeaders} = require('./lib/http/security-headers.js')
const createNextIntlPlugin = require('next-intl/plugin')
const {editionRedirects, editionRewrites} = require('./lib/i18n/edition-routes.js')

// Interface text (messages/<locale>/*.json) through next-intl; its per-request config is there.
const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts')

// The local Content Lake (SANITY_API_HOST, development and tests only) serves the images itself.
// Unset, the image hosts are exactly Sanity's CDN.
const localLake = process.env.SANITY_API_HOST ? new URL(process.env.SANITY_API_HOST) : undefined

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // One variable configures both the server and the embedded Studio (which runs in the browser).
  env: {
    NEXT_PUBLIC_SANITY_PROJECT_ID: process.env.SANITY_PROJECT_ID ?? "",
    NEXT_PUBLIC_SANITY_DATASET: process.env.SANITY_DATASET ?? "",
    NEXT_PUBLIC_SANITY_API_VERSION: (process.env.SANITY_API_VERSION ?? "").replace(/^v/, ""),
    // The embedded Studio talks to the same host as the server (sanity/env.ts).
    NEXT_PUBLIC_SANITY_API_HOST: (process.env.SANITY_API_HOST ?? "").replace(/\/$/, ""),
  },
  poweredByHeader: false,
  // Unmatched URLs render app/global-not-found.tsx, so app/not-found.tsx (which Next serialises into
  // every page's RSC payload) need not carry the site chrome.
  experimental: {globalNotFound: true},
  // The scale-out suite builds a Redis-backed variant beside the default build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Runs without the source tree: `npm run build:standalone`, then `node .next/standalone/server.js`.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  serverExternalPackages: ['better-sqlite3', 'pg', 'nodemailer'],
  images: {
    remotePatterns: [
      {protocol: 'https', hostname: 'cdn.sanity.io'},
      ...(localLake
        ? [{protocol: /** @type {'http' | 'https'} */ (localLake.protocol.slice(0, -1)), hostname: localLake.hostname, port: localLake.port, pathname: '/images/**'}]
        : []),
    ],
    // Next 16 refuses to optimise images from loopback addresses (SSRF); the local Content Lake is one.
    ...(localLake ? {dangerouslyAllowLocalIP: true} : {}),
  },
  // The snapshot is read from disk at run time; standalone output must carry it.
  outputFileTracingIncludes: {
    '/**': ['./sanity/dataset/**/*'],
  },
  // Several instances share one ISR cache through Redis when REDIS_URL is set at build time.
  ...(process.env.REDIS_URL
    ? {cacheHandler: require.resolve('./lib/cache/redis-cache-handler.mjs'), cacheMaxMemorySize: 0}
    : {}),
  async headers() {
    return [...securityHeaders(), ...cacheHeaders()]
  },
  // Public URLs to app/(site)/[locale]: English at the root, Chinese under /zh (lib/i18n/edition-routes.js).
  async redirects() {
    return editionRedirects()
  },
  async rewrites() {
    return {beforeFiles: editionRewrites(), afterFiles: [], fallback: []}
  },
}

module.exports = withNextIntl(nextConfig)

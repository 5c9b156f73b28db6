// @ts-check
const {cacheHeaders} = require('./lib/http/cache-headers.js')
const {securityHeaders} = require('./lib/http/security-headers.js')

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // One variable configures both the server and the embedded Studio (which runs in the browser).
  env: {
    NEXT_PUBLIC_SANITY_PROJECT_ID: process.env.SANITY_PROJECT_ID ?? "",
    NEXT_PUBLIC_SANITY_DATASET: process.env.SANITY_DATASET ?? "",
    NEXT_PUBLIC_SANITY_API_VERSION: (process.env.SANITY_API_VERSION ?? "").replace(/^v/, ""),
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
    remotePatterns: [{protocol: 'https', hostname: 'cdn.sanity.io'}],
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
}

module.exports = nextConfig

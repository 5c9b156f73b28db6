// lib/seo's entry point: metadata, structured data, the sitemap and the feed, built from content.
export * from './json-ld'
export * from './metadata'
export * from './rss'
export * from './sitemap'
export * from './urls'
export * from './site-sitemap'

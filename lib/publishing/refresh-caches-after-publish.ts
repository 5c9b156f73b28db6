import 'server-only'
import {DEFAULT_LOCALE, isLocale} from '@/lib/i18n/locales'
import {env} from '@/lib/platform/env'
import {failedRefreshes, refreshSharedCache} from './refresh-listener-client'
import {log} from '@/lib/platform/log'
import {siteSitemap} from '@/lib/seo'
import {changedDocumentPages, pagesToRefresh, refreshesEveryPage} from './pages-to-refresh'

async function publicPaths(): Promise<string[]> {
  const siteUrl = env().SITE_URL
  // Both editions: a Chinese publish refreshes the /zh pages too.
  const sitemap = await siteSitemap(siteUrl)
  return sitemap.map((entry) => new URL(entry.url).pathname)
}

/**
 * Runs after the webhook has answered and its tags are revalidated: asks every shared cache in
 * front (SHARED_CACHE_REFRESH_URLS) for the changed pages, then for the lists that show them, the
 * feed and the sitemap (the whole site only after a change every page shows), so a reader gets the
 * publish as soon as the origin has rendered it. Best effort: whatever fails here is still
 * refreshed when the cache's copy expires (s-maxage, lib/http/cache-headers.js).
 */
export async function refreshCachesInFront(tags: string[], context: Record<string, unknown>): Promise<void> {
  const bases = env().SHARED_CACHE_REFRESH_URLS
  if (bases.length === 0) return
  const started = Date.now()
  // The published document's edition is refreshed first; the other edition's copies come after.
  const locale = isLocale(context.language) ? context.language : DEFAULT_LOCALE
  // The changed pages do not wait for the list of the others.
  const [firstOutcomes, sitemap] = await Promise.all([
    refreshSharedCache(bases, changedDocumentPages(tags, locale)),
    refreshesEveryPage(tags)
      ? publicPaths().catch((cause) => {
          log.warn('cache.refresh.listing-failed', {...context, cause})
          return [] as string[]
        })
      : [],
  ])
  const {first, rest} = pagesToRefresh(tags, sitemap, locale)
  const outcomes = [...firstOutcomes, ...(await refreshSharedCache(bases, rest))]
  const failed = failedRefreshes(outcomes)
  const fields = {...context, caches: bases.length, pages: first.length + rest.length, changedPages: first, ms: Date.now() - started}
  if (failed.length === 0) log.info('cache.refreshed', fields)
  else log.warn('cache.refreshed', {...fields, failed: failed.length, firstFailures: failed.slice(0, 5)})
}

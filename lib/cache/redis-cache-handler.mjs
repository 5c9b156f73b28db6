// @ts-check
// Next's ISR and unstable_cache entries in Redis, so that several instances share one cache and a
// revalidateTag on any of them (the webhook lands on one) is seen by all. Used only when REDIS_URL
// is set at build time (next.config.js); otherwise Next keeps its default per-instance file cache.
import {CacheHandler} from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import {createCacheHandlers} from './redis-handlers.mjs'

CacheHandler.onCreation(async ({buildId}) => {
  // During `next build` there is no build id yet and no reason to need Redis: keep entries local.
  if (!buildId || !process.env.REDIS_URL) return {handlers: [createLruHandler()]}
  const {handlers} = await createCacheHandlers({url: process.env.REDIS_URL, buildId})
  return {handlers}
})

export default CacheHandler

// @ts-check
// Next's ISR and unstable_cache entries in Redis, so that several instances share one cache and a
// revalidateTag on any of them (the webhook lands on one) is seen by all. Used only when REDIS_URL
// is set at build time (next.config.js); otherwise Next keeps its default per-instance file cache.
import {CacheHandler} from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import {createClient} from '@redis/client'

/** @param {string} event @param {Record<string, unknown>} fields */
function logLine(event, fields) {
  process.stderr.write(JSON.stringify({time: new Date().toISOString(), level: 'error', event, ...fields}) + '\n')
}

CacheHandler.onCreation(async ({buildId}) => {
  // During `next build` there is no build id yet and no reason to need Redis: keep entries local.
  if (!buildId || !process.env.REDIS_URL) return {handlers: [createLruHandler()]}

  const client = createClient({
    url: process.env.REDIS_URL,
    socket: {connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000)},
  })
  // Without a listener node-redis throws on connection errors; a Redis outage must degrade to
  // cache misses (pages render fresh), not crash the server.
  client.on('error', (error) => logLine('cache.redis_error', {message: error instanceof Error ? error.message : String(error)}))
  await client.connect()

  return {
    handlers: [
      createRedisHandler({
        client,
        // Entries of one build are never read by another: a deploy starts from its own pages.
        keyPrefix: `clinic:${buildId}:`,
        sharedTagsKey: `clinic:${buildId}:tags`,
        sharedTagsTtlKey: `clinic:${buildId}:tag-ttls`,
        timeoutMs: 1000,
      }),
    ],
  }
})

export default CacheHandler

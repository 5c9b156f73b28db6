// @ts-check
// The cache handlers behind Next's ISR and unstable_cache when REDIS_URL is set. Redis being down
// (at start or later) must cost cache misses and a log line, never a request: the connect is
// bounded, entries go to an in-process LRU while Redis is away, and the client keeps reconnecting
// in the background; once it is ready again, Redis is used and tags revalidated meanwhile are replayed.
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import {createClient} from '@redis/client'

/** @typedef {import('@fortedigital/nextjs-cache-handler/cache-handler.types').Handler} Handler */
/** @typedef {{mode: 'redis' | 'memory', since: string, error?: string}} CacheState */

/** @param {'warn' | 'info'} level @param {string} event @param {Record<string, unknown>} fields */
function logLine(level, event, fields) {
  const line = JSON.stringify({time: new Date().toISOString(), level, event, ...fields}) + '\n'
  if (level === 'info') process.stdout.write(line)
  else process.stderr.write(line)
}

/** @param {unknown} error */
const messageOf = (error) => (error instanceof Error ? error.message : String(error))

// Health (lib/platform/health) reads this from the same process to report the fallback.
const registry = /** @type {typeof globalThis & {__clinicCacheState?: CacheState}} */ (globalThis)

/** @param {{url: string, buildId: string, connectTimeoutMs?: number}} options */
export async function createCacheHandlers({url, buildId, connectTimeoutMs = 2000}) {
  /** @type {CacheState} */
  let state = {mode: 'memory', since: new Date().toISOString()}
  const publish = (/** @type {CacheState} */ next) => {
    state = next
    registry.__clinicCacheState = next
  }
  publish(state)

  const client = createClient({
    url,
    socket: {connectTimeout: connectTimeoutMs, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000)},
  })
  let lastError = ''
  client.on('error', (error) => {
    // Once per distinct error, not once per reconnect attempt.
    if (messageOf(error) === lastError) return
    lastError = messageOf(error)
    logLine('warn', 'cache.redis_error', {message: lastError})
  })

  const memory = createLruHandler()
  const redis = createRedisHandler({
    client: /** @type {never} */ (client),
    // Entries of one build are never read by another: a deploy starts from its own pages.
    keyPrefix: `clinic:${buildId}:`,
    sharedTagsKey: `clinic:${buildId}:tags`,
    sharedTagsTtlKey: `clinic:${buildId}:tag-ttls`,
    timeoutMs: 1000,
  })
  /** @type {Set<string>} */
  const missedTags = new Set()

  client.on('ready', () => {
    publish({mode: 'redis', since: new Date().toISOString()})
    lastError = ''
    logLine('info', 'cache.redis_ready', {})
    // Redis may still hold entries for tags revalidated while it was away.
    const tags = [...missedTags]
    missedTags.clear()
    for (const tag of tags) redis.revalidateTag(tag).catch(() => missedTags.add(tag))
  })
  client.on('end', () => publish({mode: 'memory', since: new Date().toISOString(), error: 'connection closed'}))
  client.on('reconnecting', () => {
    if (state.mode === 'redis') publish({mode: 'memory', since: new Date().toISOString(), error: lastError || 'reconnecting'})
  })

  const connecting = client.connect().catch((error) => logLine('warn', 'cache.redis_error', {message: messageOf(error)}))
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer
  const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), connectTimeoutMs)))
  const outcome = await Promise.race([connecting.then(() => 'connected'), timedOut])
  clearTimeout(timer)
  if (outcome !== 'connected' || !client.isReady) {
    publish({mode: 'memory', since: new Date().toISOString(), error: lastError || 'connect timed out'})
    logLine('warn', 'cache.redis_unavailable', {message: lastError || 'connect timed out', fallback: 'in-process cache', retrying: true})
  }

  /** @type {() => Handler} */
  const current = () => (client.isReady ? redis : memory)
  /** @type {Handler} */
  const handler = {
    name: 'redis-or-memory',
    get: (key, meta) => current().get(key, meta),
    set: (key, value, ctx) => current().set(key, value, ctx),
    async revalidateTag(tag) {
      if (!client.isReady) missedTags.add(tag)
      // Both: the memory copy may have served while Redis was away.
      await Promise.allSettled([memory.revalidateTag(tag), client.isReady ? redis.revalidateTag(tag) : undefined])
    },
    async delete(key) {
      await Promise.allSettled([memory.delete?.(key), client.isReady ? redis.delete?.(key) : undefined])
    },
  }

  return {
    handlers: [handler],
    state: () => state,
    close: () => {
      try {
        client.destroy()
      } catch {
        // Already closed.
      }
    },
  }
}

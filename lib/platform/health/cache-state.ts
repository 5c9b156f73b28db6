/** What the Redis cache handler (lib/cache/redis-handlers.mjs) last reported in this process. */
export type CacheState = {mode: 'redis' | 'memory'; since: string; error?: string}

export function cacheHandlerState(): CacheState | undefined {
  return (globalThis as {__clinicCacheState?: CacheState}).__clinicCacheState
}

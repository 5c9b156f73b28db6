/** One page asked of one cache's refresh listener. */
export type RefreshOutcome = {base: string; path: string; status?: number; error?: string}

export type RefreshOptions = {
  /** Pages asked for at once per cache: enough to finish a small site quickly, few enough not to crowd readers out. */
  concurrency?: number
  timeoutMs?: number
}

async function refreshOne(base: string, path: string, timeoutMs: number): Promise<RefreshOutcome> {
  try {
    // gzip, as every reader through the cache is served from the one gzipped copy it stores.
    const response = await fetch(`${base}${path}`, {
      headers: {'accept-encoding': 'gzip'},
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    })
    // The body is what the cache stores while it streams through; reading it to the end lets the
    // cache finish the entry (an abandoned response may be stored incomplete or not at all).
    await response.arrayBuffer()
    return {base, path, status: response.status}
  } catch (error) {
    return {base, path, error: error instanceof Error ? error.message : String(error)}
  }
}

/**
 * Asks each shared cache's refresh listener (deploy/nginx: a listener that always fetches from the
 * origin and stores the answer) for each path, in order, so the pages named first are fresh first.
 * Never throws: a cache that cannot be reached keeps its copy until it expires, which is how it
 * behaved without a refresh.
 */
export async function refreshSharedCache(bases: string[], paths: string[], options: RefreshOptions = {}): Promise<RefreshOutcome[]> {
  const concurrency = Math.max(1, options.concurrency ?? 4)
  const timeoutMs = options.timeoutMs ?? 10_000
  const perCache = await Promise.all(
    bases.map(async (base) => {
      const outcomes: RefreshOutcome[] = new Array(paths.length)
      let next = 0
      const worker = async () => {
        while (next < paths.length) {
          const index = next++
          outcomes[index] = await refreshOne(base, paths[index], timeoutMs)
        }
      }
      await Promise.all(Array.from({length: Math.min(concurrency, paths.length)}, worker))
      return outcomes
    }),
  )
  return perCache.flat()
}

/** Outcomes that did not leave a fresh copy: unreachable, or answered with a server error. */
export function failedRefreshes(outcomes: RefreshOutcome[]): RefreshOutcome[] {
  return outcomes.filter((o) => o.error !== undefined || (o.status !== undefined && o.status >= 500))
}

import 'server-only'
import {env} from '@/lib/platform/env'
import {getDatabase} from '@/lib/platform/database/db'
import {cacheHandlerState} from './cache-state'
import {probeDatabaseWrite} from './database-write-probe'
import {pingRedis} from './redis-ping'
import {withTimeout} from './with-timeout'

/** What a probe may see: up or down, which kind of service, how long it took. */
export type PublicCheck = {ok: boolean; kind: string; ms: number}
/** The error stays on the server: it can name hosts, database users and file paths. */
export type DependencyCheck = PublicCheck & {error?: string}
type Checks<C> = {content: C; database: C; cache: C}
export type HealthReport = {ok: boolean; checks: Checks<DependencyCheck>}
export type PublicHealthReport = {ok: boolean; checks: Checks<PublicCheck>}

const TIMEOUT_MS = 1500

async function timed(kind: string, probe: () => Promise<unknown>): Promise<DependencyCheck> {
  const started = performance.now()
  try {
    await withTimeout(probe(), TIMEOUT_MS, kind)
    return {ok: true, kind, ms: Math.round(performance.now() - started)}
  } catch (error) {
    return {ok: false, kind, ms: Math.round(performance.now() - started), error: error instanceof Error ? error.message : String(error)}
  }
}

/** The content source's probe, handed in by the route: the platform knows no feature. */
export type ContentProbe = {kind: string; probe: () => Promise<unknown>}

async function checkDatabase(): Promise<DependencyCheck> {
  const kind = env().DATABASE_URL ? 'postgres' : 'sqlite'
  return timed(kind, async () => {
    const {db} = await getDatabase()
    await probeDatabaseWrite(db)
  })
}

/** Pages are served from the in-process cache while Redis is away: degraded, not down. */
export const MEMORY_FALLBACK = 'memory-fallback'

export function checkCache(): Promise<DependencyCheck> {
  const url = env().REDIS_URL
  if (!url) return Promise.resolve({ok: true, kind: 'file', ms: 0})
  const handler = cacheHandlerState()
  if (handler?.mode === 'memory') {
    return Promise.resolve({ok: false, kind: MEMORY_FALLBACK, ms: 0, error: `redis unavailable since ${handler.since}: ${handler.error ?? 'unknown'}`})
  }
  return timed('redis', () => pingRedis(url))
}

// Probes every few seconds from several load balancers would multiply the work; concurrent and
// back-to-back probes within a second share one round of checks.
let recent: {at: number; report: Promise<HealthReport>} | undefined
const SHARE_MS = 1000

export function checkHealth(content: ContentProbe): Promise<HealthReport> {
  const now = Date.now()
  if (recent && now - recent.at < SHARE_MS) return recent.report
  const report = Promise.all([timed(content.kind, content.probe), checkDatabase(), checkCache()]).then(([content, database, cache]) => ({
    // A load balancer must not take every instance out because the shared cache is away while
    // each still serves from its own memory.
    ok: content.ok && database.ok && (cache.ok || cache.kind === MEMORY_FALLBACK),
    checks: {content, database, cache},
  }))
  recent = {at: now, report}
  return report
}

/** The report without error details, for an unauthenticated probe. */
export function publicHealthReport(report: HealthReport): PublicHealthReport {
  const strip = ({ok, kind, ms}: DependencyCheck): PublicCheck => ({ok, kind, ms})
  const {content, database, cache} = report.checks
  return {ok: report.ok, checks: {content: strip(content), database: strip(database), cache: strip(cache)}}
}

import {randomBytes} from 'node:crypto'
import {z} from 'zod'
import type {ChangedDocument, DueTransition} from '@/lib/content'
import {secretMatches} from '@/lib/platform/http/secret-matches'
import {log} from '@/lib/platform/log'
import type {RevalidateTags} from './revalidate-tags'

/**
 * GET /api/cron/publish-due: revalidates the pages of every post whose publish or take-down time
 * fell in a window, exactly as a publish of that post would. The schedule timer of a long-running
 * server calls it on its own address (revalidateTag only works inside a Next request, not in a
 * timer); on serverless hosting a scheduler calls it with `Authorization: Bearer $CRON_SECRET`.
 */

// Beyond this, pages have expired by CONTENT_REVALIDATE_SECONDS anyway; it also bounds the work one call can ask for.
export const MAX_WINDOW_MS = 7 * 24 * 60 * 60 * 1000
// A scheduler that calls every minute sees each transition twice, so a missed call loses nothing.
export const DEFAULT_WINDOW_MS = 2 * 60 * 1000
// The caller's clock may run a little ahead of this server's.
const MAX_FUTURE_MS = 5 * 1000

// A token for this process's own timer: the route accepts it without CRON_SECRET, and nothing
// outside this process can know it. On globalThis so the timer and the route share one value.
const holder = globalThis as typeof globalThis & {__publishDueToken?: string}
export function selfCallToken(): string {
  holder.__publishDueToken ??= randomBytes(32).toString('base64url')
  return holder.__publishDueToken
}
export const SELF_CALL_HEADER = 'x-publish-due-token'

const instant = z.iso.datetime({offset: true, message: 'must be an ISO date-time, for example 2026-12-13T09:00:00+08:00'}).transform((v) => new Date(v))

export const publishDueQuerySchema = z
  .object({since: instant.optional(), until: instant.optional()})
  .strict()

export type PublishDueDeps = {
  cronSecret: () => string | undefined
  findDue: (from: Date, to: Date) => Promise<DueTransition[]>
  tagsFor: (doc: ChangedDocument) => Promise<string[]>
  revalidate: RevalidateTags
  now?: () => number
}

const NO_STORE = {'cache-control': 'no-store'}
const json = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  Response.json(body, {status, headers: {...NO_STORE, ...headers}})

export function createPublishDueRoute(deps: PublishDueDeps): (request: Request) => Promise<Response> {
  const now = deps.now ?? Date.now
  return async function handle(request) {
    const fromSelf = secretMatches(request.headers.get(SELF_CALL_HEADER), selfCallToken())
    if (!fromSelf) {
      const secret = deps.cronSecret()
      // Off, and a 404 like the enquiries cron, until CRON_SECRET is set.
      if (!secret) return json(404, {error: 'Not found'})
      const token = /^Bearer (\S+)$/.exec(request.headers.get('authorization') ?? '')?.[1]
      if (!secretMatches(token, secret)) {
        return json(401, {error: 'Send Authorization: Bearer <CRON_SECRET>'}, {'www-authenticate': 'Bearer'})
      }
    }

    const url = new URL(request.url)
    const parsed = publishDueQuerySchema.safeParse(Object.fromEntries(url.searchParams))
    if (!parsed.success) {
      return json(400, {error: 'Bad query', issues: parsed.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`)})
    }
    const at = now()
    const until = parsed.data.until ?? new Date(at)
    const since = parsed.data.since ?? new Date(until.getTime() - DEFAULT_WINDOW_MS)
    if (until.getTime() > at + MAX_FUTURE_MS) return json(400, {error: 'until must not be in the future'})
    if (since >= until) return json(400, {error: 'since must be before until'})
    if (until.getTime() - since.getTime() > MAX_WINDOW_MS) return json(400, {error: 'the window from since to until must be 7 days or less'})

    const due = await deps.findDue(since, until)
    const tags = new Set<string>()
    for (const post of due) {
      for (const tag of await deps.tagsFor({_id: post._id, _type: 'post', slug: post.slug})) tags.add(tag)
    }
    const window = {since: since.toISOString(), until: until.toISOString()}
    if (tags.size > 0) {
      deps.revalidate([...tags].sort(), {source: fromSelf ? 'schedule-timer' : 'cron', ...window, posts: due.map((p) => p._id)})
    } else {
      log.info('schedule.nothing_due', {source: fromSelf ? 'schedule-timer' : 'cron', ...window})
    }
    return json(200, {ok: true, ...window, due: due.map((p) => ({id: p._id, slug: p.slug})), tags: [...tags].sort()})
  }
}

import {env} from '@/lib/platform/env'
import {runScheduledWorkOnce} from '@/lib/scheduled-work'
import {secretMatches} from '@/lib/platform/http/secret-matches'

// Serverless functions have no timers between requests, so without this a notification that
// failed (an SMTP outage) would wait for the next enquiry to be retried. A scheduler calls it
// with `Authorization: Bearer $CRON_SECRET` (Vercel Cron sends exactly that). Off, and a 404,
// until CRON_SECRET is set. On a long-running server the in-process timers already do this work.

export const dynamic = 'force-dynamic'

const NO_STORE = {'cache-control': 'no-store'}

export async function GET(request: Request): Promise<Response> {
  const secret = env().CRON_SECRET
  if (!secret) return Response.json({error: 'Not found'}, {status: 404, headers: NO_STORE})
  const token = /^Bearer (\S+)$/.exec(request.headers.get('authorization') ?? '')?.[1]
  if (!secretMatches(token, secret)) {
    return Response.json(
      {error: 'Send Authorization: Bearer <CRON_SECRET>'},
      {status: 401, headers: {...NO_STORE, 'www-authenticate': 'Bearer'}},
    )
  }
  const backlog = await runScheduledWorkOnce()
  return Response.json({ok: true, outbox: backlog}, {headers: NO_STORE})
}

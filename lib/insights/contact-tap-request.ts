import 'server-only'
import {getSettings} from '@/lib/content'
import {getDatabase} from '@/lib/platform/database/db'
import {hitRateLimit, rateLimitKey} from '@/lib/platform/database/rate-limit'
import {env} from '@/lib/platform/env'
import {addressBucket} from '@/lib/platform/http/address-bucket'
import {clientIpFrom} from '@/lib/platform/http/client-ip'
import {log} from '@/lib/platform/log'
import {getSessionSecret} from '@/lib/platform/session-secret'
import {parseSourcePath, refererSourcePath} from '@/lib/routes/source-path'
import {contactChannelSchema, contactTarget, countContactTap} from './contact-taps'

// Taps counted per address bucket and window; past it the browser is still sent on, uncounted, so
// a script cannot inflate a page's figures cheaply and a person is never stopped from calling.
const TAPS_PER_WINDOW = 20
const TAP_WINDOW_SECONDS = 600

/**
 * GET /go/<channel>?from=<page>: counts the tap for the page (the `from` the link carries, else a
 * same-origin Referer) and redirects to the clinic's WhatsApp chat or phone number.
 */
export async function contactTapResponse(channelParam: string, request: Request): Promise<Response> {
  const channel = contactChannelSchema.safeParse(channelParam)
  if (!channel.success) return new Response('Unknown contact channel.', {status: 404, headers: {'Cache-Control': 'no-store'}})
  const settings = await getSettings()
  const target = contactTarget(channel.data, settings)
  if (!target) return new Response('The clinic has no number for this channel.', {status: 404, headers: {'Cache-Control': 'no-store'}})
  const page = parseSourcePath(new URL(request.url).searchParams.get('from')) ?? refererSourcePath(request.headers, env().SITE_URL)
  try {
    const {db} = await getDatabase()
    const limit = await hitRateLimit(db, {
      key: rateLimitKey(getSessionSecret(), 'contact-tap', addressBucket(clientIpFrom(request.headers))),
      limit: TAPS_PER_WINDOW,
      windowSeconds: TAP_WINDOW_SECONDS,
    })
    if (limit.allowed) await countContactTap(db, {channel: channel.data, page})
  } catch (error) {
    // A count is not worth a patient failing to reach the clinic.
    log.error('insights.tap_not_counted', {error})
  }
  return new Response(null, {
    status: 303,
    headers: {Location: target, 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex'},
  })
}

import type {IncomingHttpHeaders, ServerResponse} from 'node:http'
import {isContentUnavailable} from '@/lib/content/content-unavailable'
import {log} from '@/lib/platform/log'

/**
 * Next answers any render error with 500 and offers no way to choose another status. A page that
 * cannot be rendered because the CMS is down deserves 503 (temporary, retry later; crawlers keep
 * the URL). onRequestError (instrumentation.ts) sees the error before the response is written and
 * marks the request; the patched writeHead then turns that request's 500 into a 503 that no cache
 * keeps. Nothing else changes: other requests, and other statuses, pass through untouched.
 *
 * It rests on something Next does not promise: that onRequestError gets the very headers object of
 * the Node request. So the patch proves itself at start-up against the installed Next
 * (outage-status-self-test.ts) and removes itself, with an error line, when that no longer holds.
 */
const MARK = Symbol.for('clinic.contentUnavailable')
const PATCHED = Symbol.for('clinic.outageStatusInstalled')
export const OUTAGE_RETRY_AFTER_SECONDS = 30

type MarkedHeaders = IncomingHttpHeaders & {[MARK]?: true}
type WriteHead = ServerResponse['writeHead']
// What writeHead was before: the prototype's own function, or undefined when it was inherited.
type Patchable = ServerResponse & {[PATCHED]?: {own?: WriteHead}}

export function markIfContentUnavailable(error: unknown, headers: Record<string, unknown> | undefined): boolean {
  if (!headers || !isContentUnavailable(error)) return false
  ;(headers as MarkedHeaders)[MARK] = true
  return true
}

/** Patches writeHead of Node's http.ServerResponse (or the given subclass, in tests); idempotent. */
export function patchWriteHead(serverResponse: {prototype: ServerResponse}): void {
  const proto = serverResponse.prototype as Patchable
  if (Object.prototype.hasOwnProperty.call(proto, PATCHED)) return
  const original = proto.writeHead as (this: ServerResponse, ...args: unknown[]) => ServerResponse
  proto[PATCHED] = {own: Object.prototype.hasOwnProperty.call(proto, 'writeHead') ? proto.writeHead : undefined}
  proto.writeHead = function writeHead(this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    const headers = this.req?.headers as MarkedHeaders | undefined
    if (statusCode === 500 && headers?.[MARK]) {
      this.setHeader('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS))
      this.setHeader('Cache-Control', 'no-store')
      return original.call(this, 503, ...rest)
    }
    return original.call(this, statusCode, ...rest)
  } as WriteHead
}

export function unpatchWriteHead(serverResponse: {prototype: ServerResponse}): void {
  const proto = serverResponse.prototype as Patchable
  if (!Object.prototype.hasOwnProperty.call(proto, PATCHED)) return
  const {own} = proto[PATCHED]!
  if (own) proto.writeHead = own
  else delete (proto as Partial<ServerResponse>).writeHead
  delete proto[PATCHED]
}

export type SelfTest = (serverResponse: {prototype: ServerResponse}) => Promise<{ok: true} | {ok: false; reason: string}>

/**
 * Installs the patch, then proves it end to end; when the proof fails, the patch is removed and
 * outages answer Next's plain 500 again (still never cached, still logged). Returns whether it is on.
 */
export async function installOutageStatus(
  serverResponse?: {prototype: ServerResponse},
  selfTest?: SelfTest,
): Promise<boolean> {
  serverResponse ??= (await import('node:http')).ServerResponse
  selfTest ??= (await import('./outage-status-self-test')).proveOutageStatus
  patchWriteHead(serverResponse)
  let outcome: Awaited<ReturnType<SelfTest>>
  try {
    outcome = await selfTest(serverResponse)
  } catch (error) {
    outcome = {ok: false, reason: error instanceof Error ? error.message : String(error)}
  }
  if (outcome.ok) {
    log.info('outage_status.enabled', {retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS})
    return true
  }
  unpatchWriteHead(serverResponse)
  log.error('outage_status.disabled', {
    reason: outcome.reason,
    effect: 'pages that cannot reach the content source answer 500 instead of 503 + Retry-After',
    action: 'the installed Next no longer passes the request headers to onRequestError as lib/http/outage-status.ts expects; check it after the Next upgrade',
  })
  return false
}

import type {IncomingHttpHeaders, ServerResponse} from 'node:http'
import {isContentUnavailable} from '@/lib/content/content-unavailable'

/**
 * Next answers any render error with 500 and offers no way to choose another status. A page that
 * cannot be rendered because the CMS is down deserves 503 (temporary, retry later; crawlers keep
 * the URL). onRequestError (instrumentation.ts) sees the error before the response is written and
 * marks the request; the patched writeHead then turns that request's 500 into a 503 that no cache
 * keeps. Nothing else changes: other requests, and other statuses, pass through untouched.
 */
const MARK = Symbol.for('clinic.contentUnavailable')
const PATCHED = Symbol.for('clinic.outageStatusInstalled')
export const OUTAGE_RETRY_AFTER_SECONDS = 30

type MarkedHeaders = IncomingHttpHeaders & {[MARK]?: true}

export function markIfContentUnavailable(error: unknown, headers: Record<string, unknown> | undefined): boolean {
  if (!headers || !isContentUnavailable(error)) return false
  ;(headers as MarkedHeaders)[MARK] = true
  return true
}

type WriteHead = ServerResponse['writeHead']

/** Patches Node's http.ServerResponse (or the given subclass, in tests). */
export async function installOutageStatus(serverResponse?: {prototype: ServerResponse}): Promise<void> {
  serverResponse ??= (await import('node:http')).ServerResponse
  const proto = serverResponse.prototype as ServerResponse & {[PATCHED]?: true}
  if (proto[PATCHED]) return
  proto[PATCHED] = true
  const original = proto.writeHead as (this: ServerResponse, ...args: unknown[]) => ServerResponse
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

import type {Instrumentation} from 'next'
import {log} from '@/lib/platform/log'

type Args = Parameters<Instrumentation.onRequestError>

/**
 * One structured line per server error, regeneration failures included (`revalidateReason` says
 * whether a webhook or the time-based fallback triggered the render). The request id comes from the
 * proxy in front (nginx: `proxy_set_header X-Request-Id $request_id;`), so the line can be matched
 * with the access log.
 */
export function logRequestError(error: Args[0], request: Args[1], context: Args[2]): void {
  const header = request.headers['x-request-id']
  log.error('request.failed', {
    requestId: Array.isArray(header) ? header[0] : header,
    method: request.method,
    path: request.path,
    route: context.routePath,
    routeType: context.routeType,
    renderSource: context.renderSource,
    revalidateReason: context.revalidateReason,
    error,
    digest: (error as {digest?: string} | null)?.digest,
  })
}

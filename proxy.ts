import {type NextRequest, NextResponse} from 'next/server'
import {perRequestPolicy} from './lib/http/security-headers.js'
import {isForeignOriginAction} from './lib/platform/http/foreign-origin'

/**
 * A nonce Content-Security-Policy for the pages that render per request anyway (the booking form,
 * in either edition, and the staff inbox: personal data, and no cache to lose). Next reads the policy from the request
 * headers while rendering and puts the nonce on its own scripts; the response carries the same
 * policy, replacing the static one from next.config.js. Cached public pages keep the static
 * policy (lib/http/security-headers.js says why).
 */
export function proxy(request: NextRequest) {
  if (isForeignOriginAction(request)) return new NextResponse('Forbidden: this form was sent from another site', {status: 403})
  const {policy} = perRequestPolicy()
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const response = NextResponse.next({request: {headers}})
  response.headers.set('content-security-policy', policy)
  return response
}

// Literal, because Next reads it at build time. Prefetches render too, so they are not excluded.
// The proxy sees public URLs (it runs before next.config.js rewrites them to app/(site)/[locale]).
export const config = {
  matcher: ['/book', '/book/:path*', '/zh/book', '/zh/book/:path*', '/staff', '/staff/:path*'],
}

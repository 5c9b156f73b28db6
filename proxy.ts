import createMiddleware from 'next-intl/middleware'
import {NextRequest, NextResponse} from 'next/server'
import {routing} from './lib/i18n/routing'
import {perRequestPolicy} from './lib/http/security-headers.js'
import {isForeignOriginAction} from './lib/platform/http/foreign-origin'

const localeRouting = createMiddleware(routing)

/**
 * The pages that render per request anyway (the booking form in either edition, and the staff
 * inbox: personal data, and no cache to lose) get a nonce Content-Security-Policy. Next reads the
 * policy from the request headers while rendering and puts the nonce on its own scripts; the
 * response carries the same policy, replacing the static one from next.config.js. Cached public
 * pages keep the static policy (lib/http/security-headers.js says why).
 */
const PER_REQUEST_POLICY = /^\/(zh\/)?book(\/|$)|^\/staff(\/|$)/

/**
 * An `opengraph-image` route's URL is one Next writes into the page's metadata itself, with the
 * internal segment (`/en/blog/<slug>/opengraph-image-…`). It is served as it is instead of being
 * redirected to the unprefixed address, so crawlers fetch the image in one request.
 */
const INTERNAL_IMAGE = /^\/(en|zh-Hans)\/.*\/opengraph-image[^/]*$/

export function proxy(request: NextRequest) {
  if (isForeignOriginAction(request)) return new NextResponse('Forbidden: this form was sent from another site', {status: 403})
  const {pathname} = request.nextUrl
  if (INTERNAL_IMAGE.test(pathname)) return NextResponse.next()
  // The staff area has no editions.
  const isStaff = /^\/staff(\/|$)/.test(pathname)
  if (!PER_REQUEST_POLICY.test(pathname)) return localeRouting(request)

  const {policy} = perRequestPolicy()
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const response = isStaff
    ? NextResponse.next({request: {headers}})
    : // A copy without the body: next-intl reads only the URL and headers, and a rewrite passes the
      // original body on to the page (the no-JavaScript booking form posts one).
      localeRouting(new NextRequest(request.url, {headers}))
  response.headers.set('content-security-policy', policy)
  return response
}

// Literal, because Next reads it at build time. Everything but what has no edition: the API, Next's
// own files, the Studio, content images, the contact counter (/go), the bare size-baseline page and
// the site-wide files at the root. The staff area is included for its policy only. Prefetches
// render too, so they are not excluded.
export const config = {
  matcher: [
    '/((?!api(?:/|$)|_next/|studio(?:/|$)|content-assets/|go/|size-baseline$|sitemap\\.xml$|robots\\.txt$|icon\\.svg$|favicon\\.ico$).*)',
  ],
}

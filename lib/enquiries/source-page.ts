import {env} from '@/lib/platform/env'
import {parseSourcePath, refererSourcePath} from '@/lib/routes/source-path'

/** The source page named by a same-origin Referer (this host, or the configured public address). */
export function requestSourcePath(headers: Headers): string | undefined {
  return refererSourcePath(headers, env().SITE_URL)
}

/**
 * The page a booking came from, for the form's hidden field: the booking link's `from` when it
 * names a page of this site, else the Referer of the request for the booking page.
 */
export function bookingSourcePath(from: unknown, headers: Headers): string | undefined {
  return parseSourcePath(from) ?? requestSourcePath(headers)
}

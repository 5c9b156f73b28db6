import {z} from 'zod'
import {editionOfPath} from './paths'

// The page of this site a patient came from, as stored with an enquiry and a contact-link tap. It
// arrives in a query string or a Referer anyone can write, so only the shape of one of the site's
// own public pages is accepted: a single leading slash (two make a browser read a host), no scheme,
// no backslash, no dot segment, no query or fragment (a search query could hold personal details),
// and a prefix of a public route. Anything else is dropped, never an error for the patient.

export const SOURCE_PATH_MAX_LENGTH = 200

// The public pages a patient can read before booking or tapping a contact link.
const SOURCE_PREFIXES = ['/blog', '/treatments', '/people', '/clinic', '/privacy', '/search'] as const

const PATH_CHARACTERS = /^\/[A-Za-z0-9\-._~/]*$/
const DOT_SEGMENT = /(^|\/)\.{1,2}(\/|$)/

// Either edition's pages: /zh/blog/<slug> is as much a public page as /blog/<slug>.
function isKnownPage(value: string): boolean {
  const {path} = editionOfPath(value)
  if (path === '/') return true
  return SOURCE_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))
}

export const sourcePathSchema = z
  .string()
  .trim()
  .max(SOURCE_PATH_MAX_LENGTH)
  .regex(PATH_CHARACTERS)
  .refine((path) => !path.startsWith('//') && !path.includes('//'), {message: 'Two slashes in a row.'})
  .refine((path) => !DOT_SEGMENT.test(path), {message: 'Dot segment.'})
  .transform((path) => (path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path))
  .refine(isKnownPage, {message: 'Not a public page of this site.'})

/** The source page in `value`, or undefined when it is missing or not a public page of this site. */
export function parseSourcePath(value: unknown): string | undefined {
  const parsed = sourcePathSchema.safeParse(value)
  return parsed.success ? parsed.data : undefined
}

/**
 * The path of a Referer from this site (its host is `host`, or one of `alsoHosts`, such as the
 * configured public address behind a proxy), when it names a public page; otherwise undefined.
 */
export function sourcePathFromReferer(
  referer: string | null | undefined,
  host: string | null | undefined,
  alsoHosts: ReadonlyArray<string | undefined> = [],
): string | undefined {
  if (!referer || referer.length > 2000) return undefined
  let url: URL
  try {
    url = new URL(referer)
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
  const hosts = [host, ...alsoHosts].filter((h): h is string => Boolean(h))
  if (!hosts.includes(url.host)) return undefined
  return parseSourcePath(url.pathname)
}

/** The source page of a request's same-origin Referer: its own host, or the host of `siteUrl`. */
export function refererSourcePath(headers: Headers, siteUrl?: string): string | undefined {
  let configured: string | undefined
  try {
    configured = siteUrl ? new URL(siteUrl).host : undefined
  } catch {
    configured = undefined
  }
  return sourcePathFromReferer(headers.get('referer'), headers.get('host'), [configured])
}

import 'server-only'
import {notFound, permanentRedirect, redirect} from 'next/navigation'
import {z} from 'zod'
import {documentAtPath, MAX_PATH_LENGTH, normalizePath} from '@/lib/routes/document-paths'
import type {RedirectsQueryResult} from '@/sanity/types'
import {fetchContent} from './fetch-content'
import {livePageQuery, redirectsQuery} from './queries'
import {followRedirects, type RedirectTarget} from './redirect-chain'
import {TAGS} from './tags'

// The tag of the page a redirect target shows: the webhook clears it when that page is renamed,
// deleted or taken down, so a cached "target is live" answer goes with it.
function targetTag({type, slug}: NonNullable<ReturnType<typeof documentAtPath>>): string {
  if (type === 'post') return TAGS.post(slug)
  if (type === 'treatment') return TAGS.treatment(slug)
  if (type === 'person') return TAGS.person(slug)
  return TAGS.categories
}

async function isLive(path: string): Promise<boolean> {
  const doc = documentAtPath(path)
  // Listings and fixed pages (/blog, /treatments, /clinic) always exist.
  if (!doc) return true
  return fetchContent<boolean>(livePageQuery, {type: doc.type, slug: doc.slug, language: doc.language}, [targetTag(doc)])
}

/**
 * The redirect for an address that has no page, chains followed and loops refused, or null. Every
 * redirect is read in one answer cached under the `redirect` tag: looking up a random address costs
 * no cache entry of its own.
 */
// The address comes from the request: anything that could not be a stored redirect's "from" is a 404 at once.
const requestedPath = z
  .string()
  .max(MAX_PATH_LENGTH)
  .transform((path, ctx) => normalizePath(path) ?? (ctx.addIssue({code: 'custom', message: 'not a path on this site'}), z.NEVER))

export async function getRedirectFor(path: string): Promise<RedirectTarget | null> {
  const requested = requestedPath.safeParse(path)
  if (!requested.success) return null
  const rules = await fetchContent<RedirectsQueryResult>(redirectsQuery, {}, [TAGS.redirects])
  if (rules.length === 0) return null
  return followRedirects(requested.data, rules, isLive)
}

/**
 * For a page about to answer 404: a redirect to where the address now lives (308 when permanent,
 * 307 otherwise), or the 404. Called only where a page would not be found, so pages that exist
 * never read a redirect.
 */
export async function notFoundUnlessRedirected(path: string): Promise<never> {
  const target = await getRedirectFor(path)
  if (!target) notFound()
  if (target.permanent) permanentRedirect(target.to)
  redirect(target.to)
}

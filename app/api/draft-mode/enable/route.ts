import {defineEnableDraftMode} from 'next-sanity/draft-mode'
import {cookies, draftMode} from 'next/headers'
import {unstable_rethrow} from 'next/navigation'
import {env} from '@/lib/platform/env'
import {log} from '@/lib/platform/log'
import {getDatabase} from '@/lib/platform/database/db'
import {
  contentSourceName,
  countFailedPreviewEnable,
  createSanityClient,
  NO_STORE,
  PREVIEW_COOKIE,
  previewCookieOptions,
  previewEnableBlocked,
  sameSitePath,
  startPreviewSession,
} from '@/lib/content'
import {secretMatches} from '@/lib/platform/http/secret-matches'

// Sanity mode: the Studio's Presentation tool opens this route with a short-lived secret it stored
// in the dataset; next-sanity checks it with a read token and redirects to the previewed path.
function sanityEnable() {
  if (!env().SANITY_API_READ_TOKEN) return undefined
  return defineEnableDraftMode({client: createSanityClient({token: 'read', perspective: 'raw'})}).GET
}

async function beginPreviewSession(request: Request): Promise<void> {
  const {token, expiresAt} = await startPreviewSession((await getDatabase()).db)
  ;(await cookies()).set(PREVIEW_COOKIE, token, previewCookieOptions(request, expiresAt))
}

// Snapshot mode: a shared PREVIEW_SECRET, e.g. /api/draft-mode/enable?secret=...&redirect=/blog/x
async function snapshotEnable(request: Request): Promise<Response> {
  const url = new URL(request.url)
  if (!secretMatches(url.searchParams.get('secret'), env().PREVIEW_SECRET)) {
    log.warn('preview.rejected', {reason: env().PREVIEW_SECRET ? 'wrong secret' : 'PREVIEW_SECRET is not set'})
    await countFailedPreviewEnable(request)
    return new Response('Invalid preview secret', {status: 401, headers: NO_STORE})
  }
  ;(await draftMode()).enable()
  await beginPreviewSession(request)
  const to = sameSitePath(url.searchParams.get('redirect'))
  log.info('preview.enabled', {source: 'snapshot', redirect: to})
  return new Response(null, {status: 307, headers: {...NO_STORE, Location: to}})
}

/** Whether `thrown` is Next's own control flow (a redirect here), told apart by Next's public rethrow helper. */
function isNextRedirect(thrown: unknown): boolean {
  try {
    unstable_rethrow(thrown)
    return false
  } catch {
    return true
  }
}

export async function GET(request: Request): Promise<Response> {
  const retryAfter = await previewEnableBlocked(request)
  if (retryAfter !== undefined) {
    log.warn('preview.throttled', {retryAfterSeconds: retryAfter})
    return new Response('Too many attempts to enable preview; try again later', {status: 429, headers: {...NO_STORE, 'Retry-After': String(retryAfter)}})
  }
  if (contentSourceName() === 'snapshot') return snapshotEnable(request)
  const enable = sanityEnable()
  if (!enable) {
    log.error('preview.misconfigured', {cause: 'SANITY_API_READ_TOKEN is not set'})
    return new Response('Preview needs SANITY_API_READ_TOKEN on the server', {status: 500, headers: NO_STORE})
  }
  let response: Response
  try {
    response = await enable(request)
  } catch (thrown) {
    // next-sanity redirects (by throwing) once the secret checked out, and answers 401 otherwise.
    if (isNextRedirect(thrown) && (await draftMode()).isEnabled) await beginPreviewSession(request)
    throw thrown
  }
  if (response.status === 401) await countFailedPreviewEnable(request)
  response.headers.set('Cache-Control', NO_STORE['Cache-Control'])
  return response
}

import {cookies, draftMode} from 'next/headers'
import {getDatabase} from '@/lib/platform/database/db'
import {endPreviewSession, NO_STORE, PREVIEW_COOKIE, previewCookieOptions, refererPath, sameSitePath} from '@/lib/content'

async function disable(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  const jar = await cookies()
  // Ended on the server as well: a copy of the cookies kept elsewhere shows no drafts either.
  await endPreviewSession((await getDatabase()).db, jar.get(PREVIEW_COOKIE)?.value)
  jar.set(PREVIEW_COOKIE, '', {...previewCookieOptions(request), expires: new Date(0)})
  const url = new URL(request.url)
  const to = url.searchParams.has('redirect') ? sameSitePath(url.searchParams.get('redirect')) : (refererPath(request) ?? '/')
  return new Response(null, {status: 303, headers: {...NO_STORE, Location: to}})
}

export const GET = disable
export const POST = disable

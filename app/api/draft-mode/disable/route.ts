import {draftMode} from 'next/headers'
import {NO_STORE, refererPath, sameSitePath} from '@/lib/content'

async function disable(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  const url = new URL(request.url)
  const to = url.searchParams.has('redirect') ? sameSitePath(url.searchParams.get('redirect')) : (refererPath(request) ?? '/')
  return new Response(null, {status: 303, headers: {...NO_STORE, Location: to}})
}

export const GET = disable
export const POST = disable

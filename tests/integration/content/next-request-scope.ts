import {workAsyncStorage} from 'next/dist/server/app-render/work-async-storage.external'
import {workUnitAsyncStorage} from 'next/dist/server/app-render/work-unit-async-storage.external'
import {createRequestStoreForAPI} from 'next/dist/server/async-storage/request-store'

/**
 * Runs a route handler inside the request scope Next gives it, built with Next's own store
 * factory, so `draftMode()` and its cookie work as in `next start`. The draft-mode cookie Next
 * would set comes back as `draftCookie`, any other cookie the handler set through `cookie(name)`.
 */
export async function inRequestScope(
  request: Request,
  handler: (request: Request) => Promise<Response>,
): Promise<{response: Response; draftCookie?: string; cookie(name: string): string | undefined}> {
  const url = new URL(request.url)
  const headers = Object.fromEntries(request.headers.entries())
  const cookies: string[] = []
  const previewProps = {previewModeId: 'test-preview-id', previewModeEncryptionKey: 'k'.repeat(32), previewModeSigningKey: 's'.repeat(32)}
  const requestStore = createRequestStoreForAPI(
    {headers} as never,
    {pathname: url.pathname, search: url.search},
    {tags: [], expirationsByCacheKind: new Map()} as never,
    (set: string[]) => cookies.push(...set),
    previewProps,
    undefined,
  )
  const workStore = {route: url.pathname, page: url.pathname, isDraftMode: false, forceStatic: false, dynamicShouldError: false} as never
  const response = await workAsyncStorage.run(workStore, () => workUnitAsyncStorage.run(requestStore, () => handler(request)))
  const jar = (requestStore as unknown as {mutableCookies: {get(name: string): {value: string} | undefined}}).mutableCookies
  return {response, draftCookie: jar.get('__prerender_bypass')?.value, cookie: (name) => jar.get(name)?.value}
}

import type {IncomingHttpHeaders} from 'node:http'
import type {LakeContext, Route} from './context'
import {LakeError, unauthorized} from './errors'
import {corsHeaders, readBody, sendJson, type LakeRequest, type LakeResponse} from './http'
import type {Caller} from './perspective'

// LAKE_TRACE=1: one JSON line on stderr per request handled, with its time in the lake, to tell the
// lake's share of a slow Studio save from the browser's.
const TRACE = process.env.LAKE_TRACE === '1'
const trace = (line: Record<string, unknown>) => process.stderr.write(`${JSON.stringify(line)}\n`)

export type UnknownRequest = {method: string; path: string}

type IncomingLike = AsyncIterable<Buffer | string> & {
  method?: string
  url?: string
  headers: IncomingHttpHeaders
  socket?: unknown
}

/** `/v2025-02-19/data/...` and `/v1/...` carry the API version; `/images/...` and `/__lake/...` have none. */
export function splitApiVersion(pathname: string): {apiVersion: string; path: string} {
  const match = /^\/v(\d{4}-\d{2}-\d{2}|\d+|X)(\/.*)?$/.exec(pathname)
  if (!match) return {apiVersion: '', path: pathname}
  return {apiVersion: match[1], path: match[2] ?? '/'}
}

/** The demo editor with the token; anyone else is anonymous; a wrong token is refused as Sanity does. */
export function callerOf(ctx: LakeContext, headers: IncomingHttpHeaders): Caller | 'invalid' {
  const header = headers.authorization
  if (!header) return {kind: 'anonymous'}
  const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim()
  return token === ctx.token ? {kind: 'editor', userId: ctx.userId} : 'invalid'
}

export type Router = {
  handle(incoming: IncomingLike, res: LakeResponse): Promise<void>
  unknownRequests(): UnknownRequest[]
}

export function createRouter(
  ctx: LakeContext,
  routes: Route[],
  options: {strict: boolean; log: (line: Record<string, unknown>) => void},
): Router {
  const unknown: UnknownRequest[] = []

  async function handle(incoming: IncomingLike, res: LakeResponse): Promise<void> {
    const method = (incoming.method ?? 'GET').toUpperCase()
    const url = new URL(incoming.url ?? '/', 'http://lake.invalid')
    for (const [name, value] of Object.entries(corsHeaders(incoming.headers))) res.setHeader(name, value)
    if (method === 'OPTIONS') {
      res.writeHead(204)
      res.end()
      return
    }
    const {apiVersion, path} = splitApiVersion(url.pathname)
    const secure =
      incoming.headers[':scheme'] === 'https' ||
      Boolean((incoming.socket as {encrypted?: boolean} | undefined)?.encrypted)
    const host = String(incoming.headers[':authority'] ?? incoming.headers.host ?? 'localhost')
    const req: LakeRequest = {
      method,
      url,
      path,
      apiVersion,
      origin: `${secure ? 'https' : 'http'}://${host}`,
      headers: incoming.headers,
      body: () => readBody(incoming),
    }
    try {
      if (path === '/__lake/unknown' && method === 'GET') return sendJson(res, 200, unknown)
      const found = routes
        .map((r) => ({r, match: r.methods.includes(method) ? r.pattern.exec(path) : null}))
        .find(({match}) => match)
      if (!found?.match) {
        unknown.push({method, path: url.pathname})
        options.log({event: 'lake.unknown_request', method, path: url.pathname})
        const status = options.strict ? 500 : 404
        return sendJson(res, status, {
          error: 'Not Found',
          message: `The local Content Lake does not serve ${method} ${url.pathname}`,
          statusCode: status,
        })
      }
      const caller = callerOf(ctx, incoming.headers)
      if (caller === 'invalid') throw unauthorized()
      const started = TRACE ? performance.now() : 0
      await found.r.handle(ctx, req, res, found.match, caller)
      // Streams (listen, live events) resolve once opened: their time is the time to the welcome.
      if (TRACE) trace({trace: 'lake.request', at: new Date().toISOString(), method, path, tag: url.searchParams.get('tag') ?? undefined, ms: Math.round(performance.now() - started)})
    } catch (error) {
      if (res.headersSent) {
        res.end()
        return
      }
      if (error instanceof LakeError) return sendJson(res, error.status, error.body)
      options.log({event: 'lake.error', method, path: url.pathname, message: (error as Error).message})
      sendJson(res, 500, {error: 'Internal Server Error', message: (error as Error).message, statusCode: 500})
    }
  }

  return {handle, unknownRequests: () => [...unknown]}
}

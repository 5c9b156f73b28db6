import type {IncomingHttpHeaders} from 'node:http'
import {z} from 'zod'
import {badRequest, LakeError} from './errors'

/** What both the HTTP/1.1 and the HTTP/2 compatibility responses offer; handlers only need this. */
export type LakeResponse = {
  statusCode: number
  headersSent: boolean
  setHeader(name: string, value: string | number | readonly string[]): unknown
  writeHead(status: number, headers?: Record<string, string | number | string[]>): unknown
  write(chunk: string | Buffer): boolean
  end(chunk?: string | Buffer): unknown
  on(event: 'close', listener: () => void): unknown
  flushHeaders?(): void
}

export type LakeRequest = {
  method: string
  url: URL
  /** The path after the `/v<date>` or `/v1` prefix. */
  path: string
  apiVersion: string
  /** Scheme and host the caller used (the Studio prefixes the project id), for links back to us. */
  origin: string
  headers: IncomingHttpHeaders
  body(): Promise<Buffer>
}

const MAX_BODY_BYTES = 50 * 1024 * 1024

export async function readBody(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    size += buffer.length
    if (size > MAX_BODY_BYTES)
      throw new LakeError(413, {
        error: 'Payload Too Large',
        message: 'Request body too large',
        statusCode: 413,
      })
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}

export async function jsonBody<T>(request: LakeRequest, schema: z.ZodType<T>): Promise<T> {
  const raw = (await request.body()).toString('utf8')
  let value: unknown
  try {
    value = raw === '' ? {} : JSON.parse(raw)
  } catch {
    throw badRequest('Request body is not valid JSON')
  }
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw badRequest(`Invalid request body: ${z.prettifyError(parsed.error)}`)
  return parsed.data
}

export function sendJson(res: LakeResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  })
  res.end(text)
}

export function sendText(
  res: LakeResponse,
  status: number,
  text: string,
  type = 'text/plain; charset=utf-8',
): void {
  res.writeHead(status, {'content-type': type, 'content-length': Buffer.byteLength(text)})
  res.end(text)
}

export function flag(url: URL, name: string, fallback: boolean): boolean {
  const value = url.searchParams.get(name)
  if (value === null) return fallback
  return value !== 'false' && value !== '0'
}

/** Sanity's GET convention: `$name` query parameters carry JSON-encoded GROQ parameters. */
export function queryParamsFromUrl(url: URL): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [key, value] of url.searchParams) {
    if (!key.startsWith('$')) continue
    try {
      params[key.slice(1)] = JSON.parse(value)
    } catch {
      throw badRequest(`Parameter "${key}" is not valid JSON`)
    }
  }
  return params
}

/** The Studio runs on the site's origin and sends credentials, so the origin is echoed rather than `*`. */
export function corsHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const origin = headers.origin
  if (!origin) return {}
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': String(
      headers['access-control-request-headers'] ?? 'authorization, content-type',
    ),
    'access-control-expose-headers': 'content-type, x-sanity-shard',
    'access-control-max-age': '600',
    vary: 'Origin',
  }
}

import {createHash} from 'node:crypto'
import {decodeSignatureHeader, encodeSignatureHeader, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import type {DeliveryLedger} from './delivery-ledger'
import {readBoundedBody} from '@/lib/platform/http/read-bounded-body'
import {secretMatches} from '@/lib/platform/http/secret-matches'
import {log} from '@/lib/platform/log'
import type {RevalidateTags} from './revalidate-tags'
import {type ChangedDocument, TAGS, webhookPayloadSchema} from '@/lib/content'

export const MAX_BODY_BYTES = 64 * 1024
export const MAX_SIGNATURE_AGE_MS = 5 * 60 * 1000
// Clocks drift a little between Sanity and this server; anything later than this is refused.
export const MAX_CLOCK_SKEW_MS = 5 * 1000
// A signature is accepted for at most this long, so remembering it that long refuses every replay.
export const SIGNATURE_LIFETIME_MS = MAX_SIGNATURE_AGE_MS + MAX_CLOCK_SKEW_MS
// Longer than Sanity's 30-minute retry window.
export const DELIVERY_KEY_TTL_MS = 60 * 60 * 1000

export type PublishWebhookDeps = {
  /** SANITY_REVALIDATE_SECRET, read per request so a missing value is reported, not crashed on. */
  secret: () => string | undefined
  tagsFor: (doc: ChangedDocument) => Promise<string[]>
  /** The tags known from the payload alone, revalidated even when tagsFor cannot reach the source. */
  ownTagsFor?: (doc: ChangedDocument) => string[]
  revalidate: RevalidateTags
  /**
   * Writes the redirect a renamed page leaves behind (rename-redirects.ts); true when a redirect
   * document changed, so the `redirect` tag is revalidated with the page's own.
   */
  updateRedirects?: (doc: ChangedDocument) => Promise<boolean>
  /** Signatures and delivery ids already handled; shared by every instance in production. */
  seen: DeliveryLedger
  now?: () => number
  /** Sanity mode waits for Content Lake to serve the change before pages re-read it. */
  consistencyWaitMs?: () => number
  sleep?: (ms: number) => Promise<void>
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

const json = (status: number, body: Record<string, unknown>) =>
  Response.json(body, {status, headers: {'Cache-Control': 'no-store'}})

type SignatureCheck = {ok: true} | {ok: false; reason: string}

async function checkSignature(header: string | null, body: string, secret: string, now: number): Promise<SignatureCheck> {
  if (!header) return {ok: false, reason: 'missing signature'}
  let timestamp: number
  try {
    timestamp = decodeSignatureHeader(header).timestamp
  } catch {
    return {ok: false, reason: 'malformed signature'}
  }
  if (!Number.isSafeInteger(timestamp)) return {ok: false, reason: 'malformed signature'}
  if (now - timestamp > MAX_SIGNATURE_AGE_MS) return {ok: false, reason: 'signature too old'}
  if (timestamp - now > MAX_CLOCK_SKEW_MS) return {ok: false, reason: 'signature from the future'}
  if (body === '') return {ok: false, reason: 'empty body'}
  let expected: string
  try {
    expected = await encodeSignatureHeader(body, timestamp, secret)
  } catch {
    return {ok: false, reason: 'malformed signature'}
  }
  return secretMatches(header.trim(), expected) ? {ok: true} : {ok: false, reason: 'wrong signature'}
}

/**
 * POST /api/revalidate for Sanity's GROQ-powered webhook, as a plain function of its dependencies
 * so tests can call it for real with a recording `revalidate` (Next's revalidateTag only works
 * inside a Next request). Status codes are chosen for Sanity's retry policy: it retries 5xx and 429
 * for 30 minutes and never other 4xx, so only a fault on our side answers 500.
 */
export function createPublishWebhook(deps: PublishWebhookDeps): (request: Request) => Promise<Response> {
  const now = deps.now ?? Date.now
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const inFlight = new Map<string, Promise<Response>>()

  return async function handle(request: Request): Promise<Response> {
    const reject = (status: number, reason: string, extra: Record<string, unknown> = {}) => {
      log.warn('webhook.rejected', {status, reason, ...extra})
      return json(status, {error: reason})
    }

    const secret = deps.secret()
    if (!secret) {
      log.error('webhook.misconfigured', {cause: 'SANITY_REVALIDATE_SECRET is not set'})
      return json(500, {error: 'revalidation is not configured'})
    }

    const read = await readBoundedBody(request, MAX_BODY_BYTES)
    if (!read.ok) {
      return read.reason === 'too-large'
        ? reject(413, 'body too large', {declaredBytes: request.headers.get('content-length')})
        : reject(400, 'unreadable body')
    }
    const body = new TextDecoder().decode(read.bytes)

    const signature = await checkSignature(request.headers.get(SIGNATURE_HEADER_NAME), body, secret, now())
    if (!signature.ok) return reject(401, signature.reason)

    let raw: unknown
    try {
      raw = JSON.parse(body)
    } catch {
      return reject(400, 'body is not JSON')
    }
    const parsed = webhookPayloadSchema.safeParse(raw)
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`)
      return reject(400, 'body does not match the webhook projection', {issues})
    }
    const doc = parsed.data

    // The idempotency key is not covered by the signature, so anyone holding a captured request can
    // change or drop it: the signature itself is claimed, once, for as long as it is accepted.
    // The key is recorded with the body's hash, so it can only ever stand for the same change.
    const signatureId = `sig:${sha256(request.headers.get(SIGNATURE_HEADER_NAME)!.trim())}`
    const key = request.headers.get('idempotency-key')?.trim() || undefined
    const keyId = key ? `key:${sha256(`${key}\n${body}`)}` : undefined
    const storeFailed = (cause: unknown) => {
      log.error('webhook.failed', {id: doc._id, cause, step: 'delivery ledger'})
      return json(500, {error: 'could not check for a repeated delivery; Sanity will retry'})
    }

    const work = (async () => {
      try {
        if (keyId && (await deps.seen.has(keyId))) {
          log.info('webhook.duplicate', {idempotencyKey: key, id: doc._id})
          return json(200, {revalidated: false, duplicate: true, tags: []})
        }
        if (!(await deps.seen.claim(signatureId, SIGNATURE_LIFETIME_MS))) {
          log.warn('webhook.replayed', {idempotencyKey: key ?? null, id: doc._id})
          return json(200, {revalidated: false, duplicate: true, tags: []})
        }
      } catch (cause) {
        return storeFailed(cause)
      }
      const response = await process()
      try {
        if (response.status < 300) {
          if (keyId) await deps.seen.remember(keyId, DELIVERY_KEY_TTL_MS)
        } else {
          // Failed: Sanity's retry must be processed, even if it carried this very signature.
          await deps.seen.forget(signatureId)
        }
      } catch (cause) {
        return storeFailed(cause)
      }
      return response
    })

    if (!keyId) return work()
    // A re-delivery that arrives while the first is still running in this process waits for its
    // outcome (then finds it in the ledger); the loop and the synchronous set keep it to one at a time.
    while (inFlight.has(keyId)) await inFlight.get(keyId)?.catch(() => {})
    const running = work()
    inFlight.set(keyId, running)
    try {
      return await running
    } finally {
      inFlight.delete(keyId)
    }

    async function process(): Promise<Response> {
      if (doc._id.startsWith('drafts.')) {
        // A draft edit changes nothing the public sees; the webhook should not send drafts at all.
        log.info('webhook.ignored', {id: doc._id, reason: 'draft'})
        return json(200, {revalidated: false, ignored: 'draft', tags: []})
      }
      const wait = deps.consistencyWaitMs?.() ?? 0
      if (wait > 0) await sleep(wait)
      const context = {id: doc._id, type: doc._type, slug: doc.slug ?? null, language: doc.language ?? 'en', operation: doc.operation ?? null, idempotencyKey: key ?? null}
      // Before the pages are revalidated, so the old address's first render finds its redirect.
      let redirectsChanged = false
      let redirectsFailed = false
      try {
        redirectsChanged = (await deps.updateRedirects?.(doc)) ?? false
      } catch (cause) {
        redirectsFailed = true
        log.error('webhook.failed', {...context, cause, step: 'redirects'})
      }
      let tags: string[]
      try {
        tags = await deps.tagsFor(doc)
        if (redirectsChanged && !tags.includes(TAGS.redirects)) tags = [...tags, TAGS.redirects].sort()
      } catch (cause) {
        // The source cannot say which pages reference the document. Its own pages are known from the
        // payload: refresh those now, and answer 500 so Sanity retries for the rest.
        const own = deps.ownTagsFor?.(doc) ?? []
        log.error('webhook.failed', {...context, cause, step: 'find referencing documents', revalidatedOwnTags: own})
        try {
          if (own.length > 0) deps.revalidate(own, {...context, partial: true})
        } catch {
          /* reported below as the same failure */
        }
        return json(500, {error: 'could not work out every page to revalidate; Sanity will retry', tags: own})
      }
      try {
        deps.revalidate(tags, context)
      } catch (cause) {
        log.error('webhook.failed', {id: doc._id, type: doc._type, cause, step: 'revalidate'})
        return json(500, {error: 'revalidation failed; Sanity will retry'})
      }
      // The pages are fresh; the retry (safe to repeat: redirects are planned from what is stored)
      // writes the missing redirect.
      if (redirectsFailed) return json(500, {error: 'could not write the redirect for the old address; Sanity will retry', tags})
      return json(200, {revalidated: true, tags, redirects: redirectsChanged})
    }
  }
}

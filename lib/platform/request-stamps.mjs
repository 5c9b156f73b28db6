// @ts-check
// What server.mjs (the production server) adds to every request before Next sees it, and how the
// app reads it back. Plain JavaScript because server.mjs runs in Node without a build step; the app
// imports it like any module. Both sides run in one process and meet through one registry.

/** The TCP peer's address; Next gives route handlers and server actions the headers, not the socket. */
export const PEER_ADDRESS_HEADER = 'x-clinic-peer-address'
/** Names this request in the registry, so onRequestError can mark it whatever copy of the headers it gets. */
export const REQUEST_ID_HEADER = 'x-clinic-request-id'
export const OUTAGE_RETRY_AFTER_SECONDS = 30

/**
 * @typedef {{contentUnavailable: boolean}} RequestOutcome
 * @typedef {{peerAddressStamped: boolean, requests: Map<string, RequestOutcome>}} Registry
 */
const REGISTRY = Symbol.for('clinic.requestStamps')

/** @returns {Registry} */
function registry() {
  const holder = /** @type {{[REGISTRY]?: Registry}} */ (/** @type {unknown} */ (globalThis))
  holder[REGISTRY] ??= {peerAddressStamped: false, requests: new Map()}
  return holder[REGISTRY]
}

/** @param {string | undefined} address */
function normalise(address) {
  // IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d.
  return address?.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '')
}

/**
 * Called by server.mjs once per request, before Next's handler. Overwrites whatever a client sent
 * in the two headers, and answers 503 (Retry-After, never cached) instead of Next's 500 for a
 * render that failed because the content source was unavailable: Next offers no way to choose a
 * render error's status, and a 503 tells crawlers and caches the failure is temporary.
 *
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function stampRequest(req, res) {
  const {requests} = registry()
  registry().peerAddressStamped = true
  const address = normalise(req.socket?.remoteAddress)
  if (address) req.headers[PEER_ADDRESS_HEADER] = address
  else delete req.headers[PEER_ADDRESS_HEADER]

  const id = crypto.randomUUID()
  req.headers[REQUEST_ID_HEADER] = id
  /** @type {RequestOutcome} */
  const outcome = {contentUnavailable: false}
  requests.set(id, outcome)
  res.once('close', () => requests.delete(id))

  // Next sets statusCode and lets Node write the head implicitly, which goes through writeHead;
  // wrapping this one response's writeHead is where the status can still change.
  const writeHead = res.writeHead
  res.writeHead = /** @type {typeof res.writeHead} */ (
    function (/** @type {number} */ statusCode, /** @type {any[]} */ ...rest) {
      if (statusCode === 500 && outcome.contentUnavailable) {
        res.setHeader('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS))
        res.setHeader('Cache-Control', 'no-store')
        return writeHead.call(res, 503, ...rest)
      }
      return writeHead.call(res, statusCode, ...rest)
    }
  )
}

/**
 * Called from onRequestError (instrumentation.ts) with the headers Next reports: the request's
 * response then answers 503 when Next writes its 500. No effect outside server.mjs.
 *
 * @param {Record<string, unknown> | undefined} headers
 * @returns {boolean} whether a request was marked
 */
export function markContentUnavailable(headers) {
  const id = headers?.[REQUEST_ID_HEADER]
  const outcome = typeof id === 'string' ? registry().requests.get(id) : undefined
  if (!outcome) return false
  outcome.contentUnavailable = true
  return true
}

/** Whether this process runs behind server.mjs, so PEER_ADDRESS_HEADER is the socket's and not a client's. */
export function isPeerAddressStamped() {
  return registry().peerAddressStamped
}

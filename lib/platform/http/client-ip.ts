import {env} from '@/lib/platform/env'
import {log} from '@/lib/platform/log'
import {isPeerAddressStamped, PEER_ADDRESS_HEADER} from '@/lib/platform/request-stamps.mjs'

// Next fills X-Forwarded-For from the socket only when the request has none, so a client that
// sends the header chooses its own address. The socket address reaches route handlers and server
// actions only through the header the production server (server.mjs) writes on every request.
export {PEER_ADDRESS_HEADER}

const warned = {noPeerAddress: false}

export interface ClientIpOptions {
  /** Proxies in front of the server that append to X-Forwarded-For (TRUSTED_PROXY_HOPS). */
  hops: number
  /** Whether this process overwrites PEER_ADDRESS_HEADER on every request (else it is the client's). */
  peerStamped: boolean
}

/**
 * The client's address: with no proxy, the TCP peer; behind N proxies, the N-th entry of
 * X-Forwarded-For from the right (each proxy appends the address it was connected from, so
 * everything left of that is what the client wrote). 'unknown' (one shared bucket) when the
 * address cannot be trusted.
 */
export function clientIpFrom(headers: Headers, options: ClientIpOptions = configuredOptions()): string {
  if (options.hops === 0) {
    if (!options.peerStamped) return 'unknown'
    return headers.get(PEER_ADDRESS_HEADER) || 'unknown'
  }
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  // Fewer entries than proxies: the request skipped one; the left-most is the best left.
  return entries[Math.max(0, entries.length - options.hops)] ?? 'unknown'
}

function configuredOptions(): ClientIpOptions {
  const hops = env().TRUSTED_PROXY_HOPS ?? 0
  const peerStamped = isPeerAddressStamped()
  if (hops === 0 && !peerStamped && !warned.noPeerAddress) {
    warned.noPeerAddress = true
    log.error('client_ip.no_peer_address', {
      hint: 'TRUSTED_PROXY_HOPS=0 needs the socket address, which only the production server (server.mjs, npm start) provides; all clients share one rate limit. Set TRUSTED_PROXY_HOPS to the number of proxies in front.',
    })
  }
  return {hops, peerStamped}
}

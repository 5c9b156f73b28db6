import http from 'node:http'
import {log} from '@/lib/platform/log'
import {markPeerAddressStamped, PEER_ADDRESS_HEADER} from '@/lib/platform/http/client-ip'

// Next gives route handlers and server actions the request headers but not the socket. This
// writes the socket's address into a header of our own on every request, before Next sees the
// request, and replaces any value a client sent. It relies on Node's public API only (every
// http.Server, including the one `next start` creates, emits 'request' with the IncomingMessage),
// not on Next internals.

function normalise(address: string | undefined): string | undefined {
  // IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d.
  return address?.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '')
}

export function installPeerAddressStamp(): void {
  const proto = http.Server.prototype as http.Server & {__clinicPeerStamp?: true}
  if (proto.__clinicPeerStamp) return
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean
  proto.emit = function stampPeerAddress(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const req = args[0] as http.IncomingMessage
      const address = normalise(req.socket?.remoteAddress)
      if (address) req.headers[PEER_ADDRESS_HEADER] = address
      else delete req.headers[PEER_ADDRESS_HEADER]
    }
    return emit.call(this, event, ...args)
  } as typeof proto.emit
  proto.__clinicPeerStamp = true
  markPeerAddressStamped()
  log.info('client_ip.peer_stamp_installed', {header: PEER_ADDRESS_HEADER})
}

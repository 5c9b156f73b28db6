import http from 'node:http'
import type {AddressInfo} from 'node:net'
import {clientIpFrom, PEER_ADDRESS_HEADER} from '@/lib/platform/http/client-ip'
import {installPeerAddressStamp} from '@/lib/enquiries/peer-address'

const xff = (value: string, extra: Record<string, string> = {}) => new Headers({'x-forwarded-for': value, ...extra})

describe('client IP for the rate limit (issue 13, item 2: TRUSTED_PROXY_HOPS)', () => {
  it('with no proxy (hops 0) ignores X-Forwarded-For and uses the socket address', () => {
    const headers = xff('6.6.6.6', {[PEER_ADDRESS_HEADER]: '203.0.113.9'})
    expect(clientIpFrom(headers, {hops: 0, peerStamped: true})).toBe('203.0.113.9')
  })

  it('with no proxy and no socket address stamped, puts everyone in one bucket instead of trusting the client', () => {
    const headers = xff('6.6.6.6', {[PEER_ADDRESS_HEADER]: '7.7.7.7'})
    expect(clientIpFrom(headers, {hops: 0, peerStamped: false})).toBe('unknown')
  })

  it('behind one proxy takes the entry it appended, whatever the client wrote before it', () => {
    expect(clientIpFrom(xff('6.6.6.6, 203.0.113.9'), {hops: 1, peerStamped: true})).toBe('203.0.113.9')
    expect(clientIpFrom(xff('203.0.113.9'), {hops: 1, peerStamped: true})).toBe('203.0.113.9')
  })

  it('behind two proxies (CDN + nginx) skips the CDN hop', () => {
    expect(clientIpFrom(xff('6.6.6.6, 203.0.113.9, 198.51.100.7'), {hops: 2, peerStamped: true})).toBe('203.0.113.9')
  })

  it('seven invented addresses through no proxy are one client', () => {
    const seen = new Set(
      Array.from({length: 7}, (_, i) =>
        clientIpFrom(xff(`10.0.0.${i}`, {[PEER_ADDRESS_HEADER]: '127.0.0.1'}), {hops: 0, peerStamped: true}),
      ),
    )
    expect([...seen]).toEqual(['127.0.0.1'])
  })
})

describe('the socket-address stamp on a real http.Server', () => {
  it('replaces a forged peer header with the socket address before the handler runs', async () => {
    installPeerAddressStamp()
    const server = http.createServer((req, res) => {
      res.end(JSON.stringify({peer: req.headers[PEER_ADDRESS_HEADER], xff: req.headers['x-forwarded-for']}))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const {port} = server.address() as AddressInfo
      const res = await fetch(`http://127.0.0.1:${port}/`, {
        headers: {[PEER_ADDRESS_HEADER]: '6.6.6.6', 'x-forwarded-for': '6.6.6.6'},
      })
      expect(await res.json()).toEqual({peer: '127.0.0.1', xff: '6.6.6.6'})
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

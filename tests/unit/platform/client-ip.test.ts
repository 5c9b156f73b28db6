import {clientIpFrom, PEER_ADDRESS_HEADER} from '@/lib/platform/http/client-ip'

const xff = (value: string, extra: Record<string, string> = {}) => new Headers({'x-forwarded-for': value, ...extra})

describe('client IP for the rate limit (TRUSTED_PROXY_HOPS)', () => {
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

import {clientIpFrom} from '@/lib/enquiries/client-ip'

describe('client IP for the rate limit', () => {
  it('takes the address the nearest proxy appended, not one the client wrote', () => {
    expect(clientIpFrom(new Headers({'x-forwarded-for': '6.6.6.6, 203.0.113.9'}))).toBe('203.0.113.9')
    expect(clientIpFrom(new Headers({'x-forwarded-for': '203.0.113.9'}))).toBe('203.0.113.9')
  })
  it('falls back to X-Real-IP, then to a shared bucket', () => {
    expect(clientIpFrom(new Headers({'x-real-ip': '198.51.100.2'}))).toBe('198.51.100.2')
    expect(clientIpFrom(new Headers())).toBe('unknown')
  })
})

import {addressBucket} from '@/lib/platform/http/address-bucket'

describe('addressBucket', () => {
  it('puts every address of one IPv6 /64 in one bucket, however it is written', () => {
    const buckets = new Set(
      ['2001:db8:1:2::1', '2001:db8:1:2:ffff:ffff:ffff:ffff', '2001:0DB8:0001:0002:0:0:0:7', '[2001:db8:1:2::9]', '2001:db8:1:2::5%eth0'].map(addressBucket),
    )
    expect([...buckets]).toEqual(['2001:db8:1:2::/64'])
  })

  it('keeps neighbouring /64s apart', () => {
    expect(addressBucket('2001:db8:1:3::1')).not.toBe(addressBucket('2001:db8:1:2::1'))
    expect(addressBucket('::1')).toBe('0:0:0:0::/64')
  })

  it('leaves IPv4 addresses as they are, also when mapped into IPv6', () => {
    expect(addressBucket('203.0.113.7')).toBe('203.0.113.7')
    expect(addressBucket('::ffff:203.0.113.7')).toBe('203.0.113.7')
    expect(addressBucket('203.0.113.8')).not.toBe(addressBucket('203.0.113.7'))
  })

  it('passes anything else through (the shared "unknown" bucket)', () => {
    expect(addressBucket('unknown')).toBe('unknown')
  })
})

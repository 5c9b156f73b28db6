import {InMemoryDeliveryLedger} from '@/tests/support/in-memory-delivery-ledger'

describe('InMemoryDeliveryLedger', () => {
  it('remembers a delivery for the TTL, then forgets it', () => {
    let now = 0
    const keys = new InMemoryDeliveryLedger(10, 1000, () => now)
    keys.remember('a')
    expect(keys.has('a')).toBe(true)
    now = 1000
    expect(keys.has('a')).toBe(true)
    now = 1001
    expect(keys.has('a')).toBe(false)
  })

  it('keeps only the newest keys beyond its capacity', () => {
    const keys = new InMemoryDeliveryLedger(3)
    for (const k of ['a', 'b', 'c', 'd']) keys.remember(k)
    expect(['a', 'b', 'c', 'd'].map((k) => keys.has(k))).toEqual([false, true, true, true])
  })
})

import {MAX_COUNTED_QUERY_LENGTH, normaliseForCounting} from '@/lib/search/insights/normalise-query'

describe('the form a query is counted under', () => {
  it('is lowercase, trimmed, with spaces collapsed', () => {
    expect(normaliseForCounting('  Chemical   PEEL\tDowntime ')).toBe('chemical peel downtime')
  })

  it('folds compatibility forms together (full-width letters)', () => {
    expect(normaliseForCounting('ＳＰＦ 50')).toBe('spf 50')
  })

  it(`is at most ${MAX_COUNTED_QUERY_LENGTH} characters`, () => {
    expect(Array.from(normaliseForCounting('peel '.repeat(100)) ?? '')).toHaveLength(MAX_COUNTED_QUERY_LENGTH - 1)
  })

  it('is nothing for a blank query', () => {
    expect(normaliseForCounting('   ')).toBeNull()
  })

  it.each(['jane.tan@example.com', '+65 9123 4567', '91234567', 'S1234567D results', 'call me 6123-4567'])(
    'is nothing for contact or identity details: %s',
    (query) => {
      expect(normaliseForCounting(query)).toBeNull()
    },
  )

  it('keeps numbers that are not contact details', () => {
    expect(normaliseForCounting('spf 30 vs spf 50')).toBe('spf 30 vs spf 50')
    expect(normaliseForCounting('laser 2026')).toBe('laser 2026')
  })
})

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

describe('the form a Chinese query is counted under', () => {
  it('trims full-width spaces and sentence punctuation', () => {
    expect(normaliseForCounting('\u3000毛孔？\u3000')).toBe('毛孔')
    expect(normaliseForCounting('毛孔。')).toBe('毛孔')
    expect(normaliseForCounting('「激光」')).toBe('激光')
  })

  it('counts punctuation between Chinese words as one space', () => {
    expect(normaliseForCounting('毛孔，黑头')).toBe('毛孔 黑头')
    expect(normaliseForCounting('毛孔、　黑头')).toBe('毛孔 黑头')
    expect(normaliseForCounting('毛孔 黑头')).toBe('毛孔 黑头')
  })

  it('folds full-width Latin letters in a Chinese query and leaves the Chinese alone', () => {
    expect(normaliseForCounting('ＳＰＦ５０防晒霜')).toBe('spf50防晒霜')
    expect(normaliseForCounting('果酸换肤 AHA')).toBe('果酸换肤 aha')
  })

  it('keeps punctuation inside English words', () => {
    expect(normaliseForCounting("what's a peel?")).toBe("what's a peel")
  })

  it('is nothing for a phone number typed in a Chinese sentence', () => {
    expect(normaliseForCounting('我的电话是91234567')).toBeNull()
  })
})

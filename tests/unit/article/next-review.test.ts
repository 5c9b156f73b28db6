import {isReviewOverdue, nextReviewDay} from '@/lib/article/next-review'

describe('next review day', () => {
  it('adds the interval in calendar months to the last review', () => {
    expect(nextReviewDay('2026-09-28', 12)).toBe('2027-09-28')
    expect(nextReviewDay('2026-09-28', 6)).toBe('2027-03-28')
  })

  it('falls on the last day of a shorter month', () => {
    expect(nextReviewDay('2026-01-31', 1)).toBe('2026-02-28')
    expect(nextReviewDay('2027-01-31', 13)).toBe('2028-02-29')
  })

  it('uses twelve months when the clinic set no usable interval', () => {
    expect(nextReviewDay('2025-09-01', null)).toBe('2026-09-01')
    expect(nextReviewDay('2025-09-01', 0)).toBe('2026-09-01')
  })

  it('reads a timestamp as its day in Singapore', () => {
    // 20:00 UTC on 31 March is already 1 April in Singapore.
    expect(nextReviewDay('2026-03-31T20:00:00Z', 12)).toBe('2027-04-01')
  })

  it('has no date without a last review', () => {
    expect(nextReviewDay(null, 12)).toBeNull()
  })
})

describe('overdue', () => {
  it('is overdue from the day after the due day, by Singapore time', () => {
    expect(isReviewOverdue('2026-09-01', new Date('2026-09-01T15:59:00Z'))).toBe(false)
    expect(isReviewOverdue('2026-09-01', new Date('2026-09-01T16:00:00Z'))).toBe(true)
    expect(isReviewOverdue(null, new Date())).toBe(false)
  })
})

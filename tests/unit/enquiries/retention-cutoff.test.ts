import {retentionCutoff} from '@/lib/enquiries/retention'

describe('retention cutoff month arithmetic', () => {
  it.each([
    ['2026-03-31T10:00:00.000Z', 1, '2026-02-28T10:00:00.000Z'],
    ['2028-03-31T10:00:00.000Z', 1, '2028-02-29T10:00:00.000Z'],
    ['2026-05-31T00:00:00.000Z', 3, '2026-02-28T00:00:00.000Z'],
    ['2026-01-31T23:59:59.000Z', 2, '2025-11-30T23:59:59.000Z'],
    ['2026-03-15T08:00:00.000Z', 12, '2025-03-15T08:00:00.000Z'],
    ['2028-02-29T12:00:00.000Z', 12, '2027-02-28T12:00:00.000Z'],
    ['2026-07-31T00:00:00.000Z', 25, '2024-06-30T00:00:00.000Z'],
  ])('%s minus %i months is %s, the day clamped to the shorter month', (now, months, expected) => {
    expect(retentionCutoff(months, new Date(now)).toISOString()).toBe(expected)
  })
})

import {formatDate} from '@/lib/article/dates'
import {startOfSingaporeDay, toSingaporeDay, toSingaporeIso} from '@/lib/singapore-time'

describe('Singapore dates', () => {
  it('formats the day as it was in Singapore, whatever the server zone', () => {
    // 17:30 UTC on 1 March is 01:30 on 2 March in Singapore.
    expect(formatDate('2026-03-01T17:30:00Z')).toBe('2 March 2026')
    expect(formatDate('2026-09-28')).toBe('28 September 2026')
  })

  it('writes ISO strings with the +08:00 offset', () => {
    expect(toSingaporeIso('2026-10-02T01:30:00Z')).toBe('2026-10-02T09:30:00+08:00')
    expect(toSingaporeIso('2026-03-01T17:30:00.000Z')).toBe('2026-03-02T01:30:00+08:00')
    expect(toSingaporeIso('2026-09-28')).toBe('2026-09-28T00:00:00+08:00')
    expect(toSingaporeDay('2026-03-01T17:30:00Z')).toBe('2026-03-02')
  })

  it('one Singapore day for instants, timestamps and calendar days alike', () => {
    // 16:30 UTC on 24 December is already Christmas Day in Singapore.
    expect(toSingaporeDay(new Date('2026-12-24T16:30:00Z'))).toBe('2026-12-25')
    expect(toSingaporeDay(new Date('2026-12-24T15:59:59Z'))).toBe('2026-12-24')
    expect(toSingaporeDay('2026-12-25')).toBe('2026-12-25')
    expect(startOfSingaporeDay('2026-12-25').toISOString()).toBe('2026-12-24T16:00:00.000Z')
  })

  it('returns nothing for missing or invalid values', () => {
    expect(formatDate(null)).toBe('')
    expect(formatDate('soon')).toBe('')
    expect(toSingaporeIso(undefined)).toBeUndefined()
  })
})

import {parseSingaporeTime} from '@/lib/singapore-time'
import {scheduleSubtitle} from '@/sanity/schemaTypes/listDate'

describe('a time as staff type it', () => {
  it('reads a wall-clock time as Singapore time, and a full timestamp as it says', () => {
    expect(parseSingaporeTime('2026-12-13 09:00')?.toISOString()).toBe('2026-12-13T01:00:00.000Z')
    expect(parseSingaporeTime('2026-12-13T09:00:30')?.toISOString()).toBe('2026-12-13T01:00:30.000Z')
    expect(parseSingaporeTime('2026-12-13T01:00:00Z')?.toISOString()).toBe('2026-12-13T01:00:00.000Z')
    expect(parseSingaporeTime('2026-12-13T09:00:00+08:00')?.toISOString()).toBe('2026-12-13T01:00:00.000Z')
  })

  it('refuses anything else rather than guessing', () => {
    for (const text of ['', 'tomorrow 9am', '2026-12-13', '13/12/2026 09:00', '2026-13-01 09:00', '2026-12-13 25:00']) {
      expect(parseSingaporeTime(text)).toBeNull()
    }
  })
})

describe('the Studio list line of a post', () => {
  const now = Date.parse('2026-12-06T02:00:00Z')
  it('says when a scheduled post goes live and when a post comes down, in Singapore time', () => {
    expect(scheduleSubtitle('2026-12-13T01:00:00Z', undefined, now)).toBe('Goes live 13 Dec 2026, 9:00 am SGT')
    expect(scheduleSubtitle('2026-11-01T01:00:00Z', '2026-12-24T16:00:00Z', now)).toBe('Comes down 25 Dec 2026, 12:00 am SGT')
    expect(scheduleSubtitle('2026-11-01T01:00:00Z', '2026-12-01T16:00:00Z', now)).toBe('Taken down 2 Dec 2026, 12:00 am SGT')
  })

  it('says nothing extra for a post that is simply live', () => {
    expect(scheduleSubtitle('2026-11-01T01:00:00Z', undefined, now)).toBeUndefined()
  })
})

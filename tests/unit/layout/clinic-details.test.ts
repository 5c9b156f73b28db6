import {mapLinkFor} from '@/components/layout/ClinicAddress'
import {formatDays, formatTime, upcomingClosures} from '@/components/layout/opening-hours'
import {GENERIC_WHATSAPP_TEXT, whatsappChatUrl, whatsappShareUrl} from '@/lib/whatsapp'

describe('opening hours', () => {
  it('joins runs of three or more days into a range', () => {
    expect(formatDays(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])).toBe('Monday to Friday')
    expect(formatDays(['Saturday'])).toBe('Saturday')
    expect(formatDays(['Friday', 'Monday', 'Wednesday'])).toBe('Monday, Wednesday, Friday')
    expect(formatDays(['Saturday', 'Sunday'])).toBe('Saturday, Sunday')
  })

  it('writes times the Singapore way', () => {
    expect(formatTime('09:30')).toBe('9.30am')
    expect(formatTime('12:00')).toBe('12pm')
    expect(formatTime('19:00')).toBe('7pm')
    expect(formatTime('00:15')).toBe('12.15am')
  })

  it('keeps closures from today (Singapore date) on, soonest first', () => {
    // 16:30 UTC on 24 Dec is already 25 Dec in Singapore.
    const now = new Date('2026-12-24T16:30:00Z')
    const closures = [
      {date: '2027-01-01', label: 'New Year'},
      {date: '2026-12-24', label: 'Past'},
      {date: '2026-12-25', label: 'Christmas'},
      {date: null, label: 'Undated'},
    ]
    expect(upcomingClosures(closures, now).map((c) => c.label)).toEqual(['Christmas', 'New Year'])
  })
})

describe('WhatsApp links', () => {
  it('keeps only the digits of the number and carries generic text', () => {
    const url = whatsappChatUrl('+65 9123 4567', GENERIC_WHATSAPP_TEXT)!
    expect(url.startsWith('https://wa.me/6591234567?text=')).toBe(true)
    expect(decodeURIComponent(url.split('text=')[1])).toBe(GENERIC_WHATSAPP_TEXT)
  })

  it('gives no link for a missing or too short number', () => {
    expect(whatsappChatUrl(null, 'hi')).toBeNull()
    expect(whatsappChatUrl('123', 'hi')).toBeNull()
  })

  it('shares the text it is given, encoded', () => {
    expect(whatsappShareUrl('Pores? https://x.sg/blog/p')).toBe(
      'https://wa.me/?text=Pores%3F%20https%3A%2F%2Fx.sg%2Fblog%2Fp',
    )
  })
})

describe('map link', () => {
  it("uses the editor's https link, else a maps search for the address", () => {
    expect(
      mapLinkFor({street: '1 A Road', postalCode: '123456', mapUrl: 'https://maps.example/clinic'}),
    ).toBe('https://maps.example/clinic')
    const search = mapLinkFor({street: '1 A Road', postalCode: '123456', mapUrl: 'javascript:alert(1)'})
    expect(search).toBe(
      'https://www.google.com/maps/search/?api=1&query=1%20A%20Road%2C%20Singapore%2C%20123456',
    )
  })
})

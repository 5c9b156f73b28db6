import {inboxFiltersQuery, parseInboxFilters} from '@/lib/staff/inbox'
import {staffPaths} from '@/lib/routes/paths'

const fromQuery = (query: string) => {
  const params = new URLSearchParams(query)
  return parseInboxFilters((name) => params.get(name))
}

describe('inbox filters, as the inbox page and the CSV export read them', () => {
  it('keeps every valid filter and gives back the same query string', () => {
    const filters = fromQuery('status=new&treatment=chemical-peel&from=2026-11-01&to=2026-11-30&page=3')
    expect(filters).toEqual({status: 'new', treatment: 'chemical-peel', from: '2026-11-01', to: '2026-11-30'})
    expect(inboxFiltersQuery(filters)).toBe('status=new&treatment=chemical-peel&from=2026-11-01&to=2026-11-30')
    expect(staffPaths.export(inboxFiltersQuery(filters))).toBe(
      '/staff/export?status=new&treatment=chemical-peel&from=2026-11-01&to=2026-11-30',
    )
  })

  it('drops what is not a filter instead of failing the page', () => {
    expect(fromQuery('status=archived&treatment=DROP%20TABLE&from=yesterday&to=')).toEqual({})
    expect(inboxFiltersQuery({})).toBe('')
    expect(staffPaths.inbox(inboxFiltersQuery({}))).toBe('/staff')
  })

  it('takes the first of repeated values, as a page receives them from Next', () => {
    const params: Record<string, string | string[]> = {status: ['closed', 'new'], treatment: ['laser-resurfacing']}
    expect(parseInboxFilters((name) => params[name])).toEqual({status: 'closed', treatment: 'laser-resurfacing'})
  })
})

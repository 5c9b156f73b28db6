import {MAX_QUERY_LENGTH, parseSearchQuery} from '@/lib/search/query-param'
import {runSearch} from '@/lib/search/run-search'
import {content, indexOf, post} from './fixtures'

const site = indexOf(content({posts: [post('peel', {title: 'What to expect from a chemical peel', body: 'Peels (a+b) cost $ and [time].'})]}))

describe('the q parameter', () => {
  it('is trimmed, with runs of spaces collapsed', () => {
    expect(parseSearchQuery('  chemical \n\t peel  ')).toEqual({text: 'chemical peel', truncated: false})
  })

  it('is missing, empty or of another type: an empty query', () => {
    for (const value of [undefined, '', '   ', 42, {q: 'x'}, null]) expect(parseSearchQuery(value)).toEqual({text: '', truncated: false})
  })

  it('takes the first value when repeated', () => {
    expect(parseSearchQuery(['peel', 'laser'])).toEqual({text: 'peel', truncated: false})
    expect(parseSearchQuery([])).toEqual({text: '', truncated: false})
  })

  it(`is cut to ${MAX_QUERY_LENGTH} characters, and says so`, () => {
    const parsed = parseSearchQuery('peel '.repeat(2000))
    expect(Array.from(parsed.text).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
    expect(parsed.truncated).toBe(true)
  })

  it('never cuts a character in half', () => {
    const parsed = parseSearchQuery('😀'.repeat(MAX_QUERY_LENGTH + 5))
    expect(Array.from(parsed.text)).toHaveLength(MAX_QUERY_LENGTH)
    expect(parsed.text).toBe('😀'.repeat(MAX_QUERY_LENGTH))
  })

  it('turns control and invisible format characters into spaces', () => {
    expect(parseSearchQuery('peel\u0000\u0007laser\u202e\u200b').text).toBe('peel laser')
  })

  it('keeps markup and pattern characters as typed: they are text, never code', () => {
    expect(parseSearchQuery('<script>alert(1)</script>').text).toBe('<script>alert(1)</script>')
  })
})

describe('searching with hostile queries', () => {
  it.each([
    '.*',
    '(((',
    '[a-',
    '\\',
    '$^|+?{}',
    '<img src=x onerror=alert(1)>',
    '"; DROP TABLE x; --',
    '%zz%qq',
    'a'.repeat(MAX_QUERY_LENGTH),
  ])('%s neither throws nor matches everything', (query) => {
    const outcome = runSearch(site.index, parseSearchQuery(query).text, site.synonyms)
    expect(outcome.total).toBe(0)
  })

  it('still finds the words in a query wrapped in markup', () => {
    expect(runSearch(site.index, '<b>peel</b>', site.synonyms).hits[0]?.title).toBe('What to expect from a chemical peel')
  })
})

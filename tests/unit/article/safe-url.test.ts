import {isExternalHref, safeHref} from '@/lib/article/safe-url'

describe('safeHref', () => {
  it.each([
    'https://www.moh.gov.sg/',
    'http://example.com/a?b=c#d',
    'mailto:clinic@example.sg',
    'tel:+6561234567',
    '/blog/x',
    '#section',
    '?page=2',
  ])('keeps %s', (href) => expect(safeHref(href)).toBe(href))

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/path',
    '/\\evil.example',
    'not a url',
    '',
  ])('refuses %j', (href) => expect(safeHref(href)).toBeNull())

  it('refuses non-strings', () => {
    expect(safeHref(undefined)).toBeNull()
    expect(safeHref(42)).toBeNull()
  })

  it('marks only http(s) as external', () => {
    expect(isExternalHref('https://a.example')).toBe(true)
    expect(isExternalHref('/blog')).toBe(false)
    expect(isExternalHref('mailto:a@b.sg')).toBe(false)
  })
})

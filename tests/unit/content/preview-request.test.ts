import {secretMatches} from '@/lib/platform/http/secret-matches'
import {refererPath, sameSitePath} from '@/lib/content/preview-request'

describe('sameSitePath: where preview may redirect', () => {
  it.each([
    ['/blog/can-you-close-pores-permanently', '/blog/can-you-close-pores-permanently'],
    ['/blog?page=2#list', '/blog?page=2#list'],
    ['/', '/'],
  ])('keeps the same-site path %s', (input, expected) => {
    expect(sameSitePath(input)).toBe(expected)
  })

  it.each([
    'https://evil.example/',
    '//evil.example/path',
    '/\\evil.example',
    'javascript:alert(1)',
    'blog/relative',
    '/\tblog',
    '',
    null,
    undefined,
  ])('falls back to / for %p', (input) => {
    expect(sameSitePath(input as string | null | undefined)).toBe('/')
  })
})

describe('secretMatches', () => {
  it('accepts only the exact configured secret', () => {
    expect(secretMatches('s3cret-value', 's3cret-value')).toBe(true)
    expect(secretMatches('s3cret-valuE', 's3cret-value')).toBe(false)
    expect(secretMatches('s3cret', 's3cret-value')).toBe(false)
    expect(secretMatches('', 's3cret-value')).toBe(false)
    expect(secretMatches(null, 's3cret-value')).toBe(false)
  })

  it('refuses everything when no secret is configured', () => {
    expect(secretMatches('anything', undefined)).toBe(false)
    expect(secretMatches('', undefined)).toBe(false)
  })
})

describe('refererPath: returning from "Exit preview"', () => {
  const request = (referer?: string) =>
    new Request('http://clinic.test/api/draft-mode/disable', {headers: {host: 'clinic.test', ...(referer ? {referer} : {})}})

  it('returns the path of a same-origin referer', () => {
    expect(refererPath(request('http://clinic.test/treatments/chemical-peel?x=1'))).toBe('/treatments/chemical-peel?x=1')
  })

  it('ignores another origin or no referer', () => {
    expect(refererPath(request('https://evil.example/blog'))).toBeUndefined()
    expect(refererPath(request())).toBeUndefined()
  })
})

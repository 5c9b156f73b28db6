import {parseSourcePath, refererSourcePath, sourcePathFromReferer, SOURCE_PATH_MAX_LENGTH} from '@/lib/routes/source-path'

describe('the source page of an enquiry or a tap', () => {
  it.each([
    ['/blog/can-you-close-pores-permanently', '/blog/can-you-close-pores-permanently'],
    ['/treatments/chemical-peel', '/treatments/chemical-peel'],
    ['/treatments/chemical-peel/', '/treatments/chemical-peel'],
    ['/', '/'],
    ['/clinic', '/clinic'],
    ['/blog/category/pores', '/blog/category/pores'],
  ])('accepts the page %j', (input, stored) => {
    expect(parseSourcePath(input)).toBe(stored)
  })

  it.each([
    '//evil.com',
    '//evil.com/blog/x',
    'https://evil.com/blog/x',
    'http:/blog/x',
    'javascript:alert(1)',
    '/\\evil.com',
    '/blog\\..\\staff',
    '/blog//x',
    '/blog/../staff',
    '/blog/./x',
    '/blog/x?q=my+phone+91234567',
    '/blog/x#top',
    '/blog/%2e%2e/staff',
    '/blog/\tx',
    '/blog/x\ny',
    '/staff',
    '/book',
    '/go/whatsapp',
    '/api/health',
    '/blogger',
    'blog/x',
    '',
    `/blog/${'a'.repeat(SOURCE_PATH_MAX_LENGTH)}`,
  ])('drops %j', (input) => {
    expect(parseSourcePath(input)).toBeUndefined()
  })

  it('drops values that are not text', () => {
    expect(parseSourcePath(undefined)).toBeUndefined()
    expect(parseSourcePath(['/blog/x'])).toBeUndefined()
    expect(parseSourcePath(42)).toBeUndefined()
  })

  it('takes the path of a Referer from this site only', () => {
    expect(sourcePathFromReferer('https://clinic.test/blog/x?utm=1', 'clinic.test')).toBe('/blog/x')
    expect(sourcePathFromReferer('https://evil.test/blog/x', 'clinic.test')).toBeUndefined()
    expect(sourcePathFromReferer('https://clinic.test.evil.test/blog/x', 'clinic.test')).toBeUndefined()
    expect(sourcePathFromReferer('https://clinic.test/staff', 'clinic.test')).toBeUndefined()
    expect(sourcePathFromReferer('not a url', 'clinic.test')).toBeUndefined()
    expect(sourcePathFromReferer(null, 'clinic.test')).toBeUndefined()
    // Behind a proxy the Host header names the internal address; the configured address counts too.
    const headers = new Headers({referer: 'https://www.clinic.sg/treatments/chemical-peel', host: '127.0.0.1:3000'})
    expect(refererSourcePath(headers, 'https://www.clinic.sg')).toBe('/treatments/chemical-peel')
    expect(refererSourcePath(headers, undefined)).toBeUndefined()
  })
})

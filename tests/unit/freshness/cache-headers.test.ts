import {cacheHeaders, contentCacheControl, PUBLIC_CONTENT_PATHS} from '@/lib/http/cache-headers'

describe('cache headers for the public content pages', () => {
  it('lets a CDN keep a page briefly, serve it stale while refetching and on origin errors', () => {
    expect(contentCacheControl()).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=3600, stale-if-error=86400')
  })

  it('follows CONTENT_REVALIDATE_SECONDS for stale-while-revalidate', () => {
    const [first] = cacheHeaders({env: {CONTENT_REVALIDATE_SECONDS: '600'}})
    expect(first.headers).toEqual([{key: 'Cache-Control', value: expect.stringContaining('stale-while-revalidate=600')}])
    const [fallback] = cacheHeaders({env: {CONTENT_REVALIDATE_SECONDS: 'nonsense'}})
    expect(fallback.headers[0].value).toContain('stale-while-revalidate=3600')
  })

  it('covers the article, home, lists and feed, and never the private or dynamic areas', () => {
    const sources = cacheHeaders({env: {}}).map((h) => h.source)
    expect(sources).toEqual(PUBLIC_CONTENT_PATHS)
    expect(sources).toEqual(expect.arrayContaining(['/', '/blog/:path*', '/treatments/:path*', '/feed.xml']))
    for (const source of sources) expect(source).not.toMatch(/^\/(api|staff|book|studio|_next)(\/|$)/)
    expect(sources).not.toContain('/:path*')
  })
})

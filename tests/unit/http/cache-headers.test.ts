import {cacheHeaders, contentCacheControl, PUBLIC_CONTENT_PATHS} from '@/lib/http/cache-headers'

describe('cache headers for the public content pages', () => {
  it('lets a shared cache keep a page one second and serve it stale one more while refetching', () => {
    // The nginx freshness test (tests/nginx/run.mjs) depends on these two figures: a publish must be
    // visible through the cache within 2 s.
    expect(contentCacheControl()).toBe('public, max-age=0, s-maxage=1, stale-while-revalidate=1, stale-if-error=86400')
  })

  it('bounds the staleness a cache may add to s-maxage + stale-while-revalidate', () => {
    const value = cacheHeaders()[0].headers[0].value
    const seconds = (name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(value)?.[1])
    expect(seconds('s-maxage') + seconds('stale-while-revalidate')).toBeLessThanOrEqual(2)
    expect(value).toMatch(/max-age=0(,|$)/)
  })

  it('keeps explicit lifetimes and ignores options given as undefined', () => {
    expect(contentCacheControl({cdnMaxAgeSeconds: 5, staleWhileRevalidateSeconds: undefined})).toBe(
      'public, max-age=0, s-maxage=5, stale-while-revalidate=1, stale-if-error=86400',
    )
  })

  it('covers the article, home, lists and feed, and never the private or dynamic areas', () => {
    const sources = cacheHeaders().map((h) => h.source)
    expect(sources).toEqual(PUBLIC_CONTENT_PATHS)
    expect(sources).toEqual(expect.arrayContaining(['/', '/blog/:path*', '/treatments/:path*', '/feed.xml']))
    // The Chinese edition's pages too, and still not its booking form.
    expect(sources).toEqual(expect.arrayContaining(['/zh', '/zh/blog/:path*', '/zh/treatments/:path*', '/zh/feed.xml']))
    expect(sources.some((source) => source.startsWith('/zh/book'))).toBe(false)
    for (const source of sources) expect(source).not.toMatch(/^\/(api|staff|book|studio|_next)(\/|$)/)
    expect(sources).not.toContain('/:path*')
  })
})

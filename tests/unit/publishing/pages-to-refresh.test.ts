import {changedDocumentPages, MAX_PAGES_PER_REFRESH, pagesToRefresh} from '@/lib/publishing/pages-to-refresh'

describe('pages a shared cache is asked for after a publish', () => {
  it('names the page of each document tag, and nothing for list tags', () => {
    expect(changedDocumentPages(['post', 'post:pore-guide', 'treatment:chemical-peel', 'person:dr-tan', 'settings', 'category'])).toEqual([
      '/blog/pore-guide',
      '/treatments/chemical-peel',
      '/people/dr-tan',
    ])
  })

  it('puts the changed pages first, then the rest of the site once each, the feed and the sitemap', () => {
    const {first, rest} = pagesToRefresh(['post', 'post:pore-guide', 'post:old-slug'], ['/', '/blog', '/blog/pore-guide', '/treatments'])
    expect(first).toEqual(['/blog/pore-guide', '/blog/old-slug'])
    expect(rest).toEqual(['/', '/blog', '/treatments', '/feed.xml', '/sitemap.xml'])
  })

  it('stops at the limit, keeping the changed pages', () => {
    const sitemap = Array.from({length: MAX_PAGES_PER_REFRESH + 50}, (_, i) => `/blog/post-${i}`)
    const {first, rest} = pagesToRefresh(['post:pore-guide'], sitemap)
    expect(first).toEqual(['/blog/pore-guide'])
    expect(first.length + rest.length).toBe(MAX_PAGES_PER_REFRESH)
    expect(rest[0]).toBe('/blog/post-0')
  })
})

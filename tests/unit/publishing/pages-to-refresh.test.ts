import {changedDocumentPages, MAX_PAGES_PER_REFRESH, pagesToRefresh} from '@/lib/publishing/pages-to-refresh'

describe('pages a shared cache is asked for after a publish', () => {
  it('names the page of each document tag in an edition, and nothing for list tags', () => {
    const tags = ['post', 'post:pore-guide', 'treatment:chemical-peel', 'person:dr-tan', 'settings', 'category']
    expect(changedDocumentPages(tags)).toEqual(['/blog/pore-guide', '/treatments/chemical-peel', '/people/dr-tan'])
    expect(changedDocumentPages(tags, 'zh-Hans')).toEqual(['/zh/blog/pore-guide', '/zh/treatments/chemical-peel', '/zh/people/dr-tan'])
  })

  it('a post: its pages first, then the first pages of the lists that show it, the feed and the sitemap, and no other page', () => {
    const {first, rest} = pagesToRefresh(['post', 'post:pore-guide', 'post:old-slug'], ['/', '/blog', '/blog/pore-guide', '/blog/other', '/treatments'])
    expect(first).toEqual(['/blog/pore-guide', '/blog/old-slug'])
    // Then the same pages of the other edition (a tag names both: a translation keeps the slug).
    expect(rest).toEqual(['/', '/blog', '/feed.xml', '/zh/blog/pore-guide', '/zh/blog/old-slug', '/zh', '/zh/blog', '/zh/feed.xml', '/sitemap.xml'])
  })

  it('a Chinese publish: the Chinese pages first, then the English ones', () => {
    const {first, rest} = pagesToRefresh(['post', 'post:pore-guide'], [], 'zh-Hans')
    expect(first).toEqual(['/zh/blog/pore-guide'])
    expect(rest).toEqual(['/zh', '/zh/blog', '/zh/feed.xml', '/blog/pore-guide', '/', '/blog', '/feed.xml', '/sitemap.xml'])
  })

  it('costs the same on a site of 5,000 posts as of 9', () => {
    const site = (n: number) => Array.from({length: n}, (_, i) => `/blog/post-${i}`)
    const tags = ['post', 'post:pore-guide', 'person:dr-tan']
    expect(pagesToRefresh(tags, site(5000))).toEqual(pagesToRefresh(tags, site(9)))
  })

  it('clinic settings or a treatment (on every page) refresh the whole site, up to the limit, changed pages first', () => {
    const sitemap = Array.from({length: MAX_PAGES_PER_REFRESH + 50}, (_, i) => `/blog/post-${i}`)
    for (const tags of [['settings'], ['treatment', 'treatment:chemical-peel']]) {
      const {first, rest} = pagesToRefresh(tags, sitemap)
      expect(first.length + rest.length).toBe(MAX_PAGES_PER_REFRESH)
      expect(rest).toContain('/blog/post-0')
    }
    expect(pagesToRefresh(['treatment', 'treatment:chemical-peel'], sitemap).first).toEqual(['/treatments/chemical-peel'])
  })
})

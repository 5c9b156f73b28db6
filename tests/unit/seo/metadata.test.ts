import {buildMetadata, pageAlternates} from '@/lib/seo/metadata'

describe('buildMetadata', () => {
  const base = {
    title: 'Can You Close Pores Permanently?',
    description: 'Why pores cannot be sealed.',
    path: '/blog/pores',
    siteName: 'Example Clinic',
    siteUrl: 'https://clinic.example.sg',
  }

  it('sets an absolute canonical URL from SITE_URL and matching Open Graph fields', () => {
    const meta = buildMetadata(base)
    expect(meta.alternates?.canonical).toBe('https://clinic.example.sg/blog/pores')
    expect(meta.openGraph).toMatchObject({
      url: 'https://clinic.example.sg/blog/pores',
      title: base.title,
      description: base.description,
      siteName: 'Example Clinic',
      locale: 'en_SG',
      type: 'website',
    })
    expect(meta.twitter).toMatchObject({card: 'summary_large_image', title: base.title})
  })

  it('describes articles with their Singapore-time dates and authors', () => {
    const meta = buildMetadata({
      ...base,
      article: {publishedTime: '2026-10-02T09:30:00+08:00', authors: ['https://clinic.example.sg/people/a']},
    })
    expect(meta.openGraph).toMatchObject({
      type: 'article',
      publishedTime: '2026-10-02T09:30:00+08:00',
      authors: ['https://clinic.example.sg/people/a'],
    })
  })

  it('makes image URLs absolute and can keep a page out of the index', () => {
    const meta = buildMetadata({
      ...base,
      image: {url: '/content-assets/a.svg', width: 1200, height: 630},
      noindex: true,
    })
    expect(meta.openGraph?.images).toEqual([
      {url: 'https://clinic.example.sg/content-assets/a.svg', width: 1200, height: 630},
    ])
    expect(meta.twitter?.images).toEqual(['https://clinic.example.sg/content-assets/a.svg'])
    expect(meta.robots).toEqual({index: false, follow: false})
  })

  it('leaves out an empty description rather than publishing a blank one', () => {
    expect(buildMetadata({...base, description: '  '}).description).toBeUndefined()
  })
})

describe('the RSS feed is advertised on every page built here', () => {
  const input = {title: 'Chemical peel', path: '/treatments/chemical-peel', siteName: 'Example Clinic', siteUrl: 'https://clinic.example.sg'}

  it('buildMetadata puts the feed beside the canonical, since a page alternates replaces the layout one', () => {
    const meta = buildMetadata(input)
    expect(meta.alternates).toEqual({
      canonical: 'https://clinic.example.sg/treatments/chemical-peel',
      types: {'application/rss+xml': [{url: 'https://clinic.example.sg/feed.xml', title: 'Example Clinic journal'}]},
    })
  })

  it('pageAlternates, for pages that write their own metadata, says the same', () => {
    expect(pageAlternates({path: '/book', siteUrl: 'https://clinic.example.sg'})).toEqual({
      canonical: 'https://clinic.example.sg/book',
      types: {'application/rss+xml': [{url: 'https://clinic.example.sg/feed.xml', title: 'Clinic journal'}]},
    })
  })
})

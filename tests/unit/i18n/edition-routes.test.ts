import {getPathMatch} from 'next/dist/shared/lib/router/utils/path-match'
import {prepareDestination} from 'next/dist/shared/lib/router/utils/prepare-destination'
import {EDITIONS, editionRedirects, editionRewrites} from '@/lib/i18n/edition-routes.js'
import {HTML_LANG, LOCALES} from '@/lib/i18n/locales'
import {EDITION_PREFIX} from '@/lib/routes/paths'

// Next's own matcher and destination compiler, so these are the addresses Next will serve.
function apply(rules: {source: string; destination: string}[], path: string): string | undefined {
  for (const rule of rules) {
    const params = getPathMatch(rule.source, {removeUnnamedParams: true, strict: true})(path)
    if (params) return prepareDestination({appendParamsToQuery: false, destination: rule.destination, params, query: {}}).newUrl
  }
  return undefined
}
const rewrite = (path: string) => apply(editionRewrites(), path)
const redirect = (path: string) => apply(editionRedirects(), path)

it('knows the same editions and prefixes as lib/routes/paths.ts and lib/i18n/locales.ts', () => {
  expect(Object.fromEntries(EDITIONS.map((e) => [e.locale, e.prefix]))).toEqual(EDITION_PREFIX)
  expect(EDITIONS.map((e) => e.locale)).toEqual([...LOCALES])
  expect(Object.keys(HTML_LANG)).toEqual([...LOCALES])
})

it('serves every English URL from the en segment, unchanged', () => {
  for (const path of ['/', '/blog', '/blog/page/2', '/blog/can-you-close-pores-permanently', '/treatments/chemical-peel', '/feed.xml', '/book', '/2019/05/old-post', '/wp-login.php', '/zhx', '/english'])
    expect({path, to: rewrite(path)}).toEqual({path, to: path === '/' ? '/en' : `/en${path}`})
})

it('serves /zh and everything under it from the zh-Hans segment', () => {
  expect(rewrite('/zh')).toBe('/zh-Hans')
  for (const path of ['/blog', '/blog/can-you-close-pores-permanently', '/treatments', '/feed.xml', '/book/thanks', '/about/editorial-policy'])
    expect(rewrite(`/zh${path}`)).toBe(`/zh-Hans${path}`)
})

it('leaves what has no edition alone', () => {
  for (const path of ['/api/health', '/api/revalidate', '/_next/static/chunks/a.js', '/studio', '/studio/structure', '/staff', '/staff/login', '/content-assets/a.png', '/go/whatsapp', '/size-baseline', '/sitemap.xml', '/robots.txt', '/icon.svg'])
    expect({path, to: rewrite(path)}).toEqual({path, to: undefined})
})

it('sends an internal address typed in to the public one, but not an image route Next links itself', () => {
  expect(redirect('/en')).toBe('/')
  expect(redirect('/en/blog/x')).toBe('/blog/x')
  expect(redirect('/zh-Hans')).toBe('/zh')
  expect(redirect('/zh-Hans/treatments/x')).toBe('/zh/treatments/x')
  expect(redirect('/en/blog/x/opengraph-image-fx5gi7')).toBeUndefined()
  expect(redirect('/zh-Hans/treatments/x/opengraph-image-1qwhn0')).toBeUndefined()
  for (const path of ['/', '/blog', '/zh', '/zh/blog', '/english', '/enquiries']) expect({path, to: redirect(path)}).toEqual({path, to: undefined})
})

import {followRedirects, MAX_REDIRECT_HOPS, type RedirectRule} from '@/lib/content/redirect-chain'
import {documentAtPath, documentPath, normalizePath, pathProblem} from '@/lib/routes/document-paths'

const rule = (from: string, to: string, permanent = true): RedirectRule => ({from, to, permanent})
const liveIn = (...live: string[]) => async (path: string) => live.includes(path)

describe('following redirects at a 404', () => {
  it('answers the target when it is live', async () => {
    expect(await followRedirects('/blog/a', [rule('/blog/a', '/blog/b')], liveIn('/blog/b'))).toEqual({to: '/blog/b', permanent: true})
  })

  it('collapses a chain left by hand (A -> B -> C answers A -> C)', async () => {
    const rules = [rule('/blog/a', '/blog/b'), rule('/blog/b', '/blog/c')]
    expect(await followRedirects('/blog/a', rules, liveIn('/blog/c'))).toEqual({to: '/blog/c', permanent: true})
  })

  it('stops at a live page even when a redirect starts from it', async () => {
    const rules = [rule('/blog/a', '/blog/b'), rule('/blog/b', '/blog/c')]
    expect(await followRedirects('/blog/a', rules, liveIn('/blog/b', '/blog/c'))).toEqual({to: '/blog/b', permanent: true})
  })

  it('refuses a loop: 404, not a redirect round in circles', async () => {
    const rules = [rule('/blog/a', '/blog/b'), rule('/blog/b', '/blog/a')]
    expect(await followRedirects('/blog/a', rules, liveIn())).toBeNull()
    expect(await followRedirects('/blog/a', [rule('/blog/a', '/blog/a/')], liveIn('/blog/a'))).toBeNull()
  })

  it('never points at a page that is gone, scheduled or taken down', async () => {
    expect(await followRedirects('/blog/a', [rule('/blog/a', '/blog/b')], liveIn())).toBeNull()
  })

  it('gives up after a bounded number of hops', async () => {
    const rules = Array.from({length: MAX_REDIRECT_HOPS + 1}, (_, i) => rule(`/p${i}`, `/p${i + 1}`))
    expect(await followRedirects('/p0', rules, liveIn(`/p${MAX_REDIRECT_HOPS + 1}`))).toBeNull()
    expect(await followRedirects('/p1', rules, liveIn(`/p${MAX_REDIRECT_HOPS + 1}`))).toEqual({to: `/p${MAX_REDIRECT_HOPS + 1}`, permanent: true})
  })

  it('matches old WordPress addresses with or without their trailing slash', async () => {
    const rules = [rule('/2019/05/pores/', '/blog/pores')]
    expect(await followRedirects('/2019/05/pores', rules, liveIn('/blog/pores'))).toEqual({to: '/blog/pores', permanent: true})
  })

  it('one temporary hop makes the answer temporary', async () => {
    const rules = [rule('/a', '/b', false), rule('/b', '/c')]
    expect(await followRedirects('/a', rules, liveIn('/c'))).toEqual({to: '/c', permanent: false})
  })

  it('ignores rules with an unusable address and requests that are not paths', async () => {
    expect(await followRedirects('/a', [rule('https://elsewhere.example/a', '/b'), rule('/a', '//evil.example')], liveIn('/b'))).toBeNull()
    expect(await followRedirects('/a?x=1', [rule('/a', '/b')], liveIn('/b'))).toBeNull()
  })
})

describe('addresses of documents', () => {
  it('maps each addressed type to its page and back', () => {
    for (const type of ['post', 'treatment', 'person', 'category', 'page'] as const) {
      const path = documentPath(type, 'x')!
      expect(documentAtPath(path)).toEqual({type, slug: 'x', language: 'en'})
      // A Chinese document lives under /zh, and its address says so.
      const chinese = documentPath(type, 'x', 'zh-Hans')!
      expect(chinese).toBe(`/zh${path}`)
      expect(documentAtPath(chinese)).toEqual({type, slug: 'x', language: 'zh-Hans'})
    }
    expect(documentPath('clinicSettings', 'x')).toBeUndefined()
    expect(documentAtPath('/blog/page')).toBeUndefined()
    expect(documentAtPath('/treatments')).toBeUndefined()
    expect(documentPath('page', 'editorial-policy')).toBe('/about/editorial-policy')
  })

  it('tells an editor what is wrong with an address', () => {
    expect(pathProblem('/2019/05/pores/')).toBeUndefined()
    expect(pathProblem('https://clinic.example/2019/05/pores/')).toMatch(/only the path/)
    expect(pathProblem('//clinic.example/x')).toMatch(/only the path/)
    expect(pathProblem('blog/x')).toMatch(/Start the address with "\/"/)
    expect(pathProblem('/?p=12')).toMatch(/"\?"/)
    expect(normalizePath('//x')).toBeUndefined()
    expect(normalizePath('/a//b/')).toBe('/a/b')
  })
})

import {perRequestPolicy, securityHeaders, sitePolicy} from '@/lib/http/security-headers.js'

type Entry = {source: string; has?: {type: string; key: string}[]; headers: {key: string; value: string}[]}

const header = (entry: Entry | undefined, key: string) => entry?.headers.find((h) => h.key === key)?.value ?? ''
const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1) ?? []

const entries = securityHeaders({dev: false}) as Entry[]
const site = entries.find((e) => e.source === '/:path*' && !e.has)
const draft = entries.find((e) => e.source === '/:path*' && e.has)
const draftModeRoute = entries.find((e) => e.source === '/api/draft-mode/:path*')
const studio = entries.find((e) => e.source === '/studio/:path*')

describe('securityHeaders', () => {

  it('gives every route the common headers and a static CSP', () => {
    for (const key of ['Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Content-Security-Policy']) {
      expect(header(site, key)).not.toBe('')
    }
    const csp = header(site, 'Content-Security-Policy')
    expect(directive(csp, 'script-src')).not.toContain("'unsafe-eval'")
    expect(csp).not.toMatch(/'nonce-/)
    expect(directive(csp, 'object-src')).toEqual(["'none'"])
    expect(directive(csp, 'connect-src')).toEqual(["'self'"])
  })

  it('gives the Studio its own policy after the site one, so it wins', () => {
    expect(entries.indexOf(studio!)).toBeGreaterThan(entries.indexOf(site!))
    const csp = header(studio, 'Content-Security-Policy')
    expect(directive(csp, 'connect-src')).toEqual(expect.arrayContaining(['https://*.api.sanity.io', 'wss://*.api.sanity.io']))
  })

  it('gives snapshot files (an SVG is a document that can carry script) a sandbox without script, after the site policy', () => {
    const assets = entries.find((e) => e.source === '/content-assets/:path*')
    expect(entries.indexOf(assets!)).toBeGreaterThan(entries.indexOf(site!))
    const csp = header(assets, 'Content-Security-Policy')
    expect(directive(csp, 'default-src')).toEqual(["'none'"])
    expect(directive(csp, 'script-src')).toEqual([])
    expect(csp.split(';').map((d) => d.trim())).toContain('sandbox')
  })

  it('relaxes script-src only for next dev', () => {
    const dev = (securityHeaders({dev: true}) as Entry[])[0]
    expect(directive(header(dev, 'Content-Security-Policy'), 'script-src')).toContain("'unsafe-eval'")
  })
})

describe('framing: only draft-mode pages, by the embedded Studio', () => {
  it('public pages cannot be framed by anyone', () => {
    expect(directive(header(site, 'Content-Security-Policy'), 'frame-ancestors')).toEqual(["'none'"])
    expect(header(site, 'X-Frame-Options')).toBe('DENY')
  })

  it("draft-mode pages (Next's draft cookie) and the route that enables draft mode may be framed by this origin", () => {
    expect(draft?.has).toEqual([{type: 'cookie', key: '__prerender_bypass'}])
    // After the public entry, so that it wins for the keys it sets.
    expect(entries.indexOf(draft!)).toBeGreaterThan(entries.indexOf(site!))
    for (const entry of [draft, draftModeRoute]) {
      const csp = header(entry, 'Content-Security-Policy')
      expect(directive(csp, 'frame-ancestors')).toEqual(["'self'"])
      expect(header(entry, 'X-Frame-Options')).toBe('SAMEORIGIN')
      // Nothing else is relaxed: the rest is the public policy.
      const strict = header(site, 'Content-Security-Policy')
      for (const name of ['default-src', 'script-src', 'connect-src', 'img-src', 'form-action', 'object-src', 'base-uri']) {
        expect(directive(csp, name)).toEqual(directive(strict, name))
      }
    }
  })

  it('the Studio may frame the site (Presentation) and be framed only by itself', () => {
    const csp = header(studio, 'Content-Security-Policy')
    expect(directive(csp, 'frame-src')).toContain("'self'")
    expect(directive(csp, 'frame-ancestors')).toEqual(["'self'"])
    expect(header(studio, 'X-Frame-Options')).toBe('SAMEORIGIN')
  })
})

describe('per-request pages (/book, /staff): a nonce policy set by proxy.ts', () => {
  it('allows scripts only by nonce, never inline, with a fresh nonce each time', () => {
    const a = perRequestPolicy({dev: false})
    const b = perRequestPolicy({dev: false})
    expect(a.nonce).not.toBe(b.nonce)
    expect(Buffer.from(a.nonce, 'base64')).toHaveLength(16)
    const script = directive(a.policy, 'script-src')
    expect(script).toEqual(["'self'", `'nonce-${a.nonce}'`, "'strict-dynamic'"])
    expect(script).not.toContain("'unsafe-inline'")
    // Everything else is the site policy.
    const site = sitePolicy({dev: false})
    for (const name of ['default-src', 'img-src', 'connect-src', 'frame-ancestors', 'form-action', 'object-src', 'base-uri']) {
      expect(directive(a.policy, name)).toEqual(directive(site, name))
    }
  })

  it('the proxy puts the policy on the request (Next reads the nonce there) and on the response', async () => {
    const {proxy, config} = await import('@/proxy')
    const {NextRequest} = await import('next/server')
    expect(config.matcher).toEqual(['/book', '/book/:path*', '/zh/book', '/zh/book/:path*', '/staff', '/staff/:path*'])
    for (const address of ['https://clinic.test/book?treatment=chemical-peel', 'https://clinic.test/zh/book', 'https://clinic.test/staff']) {
      const response = proxy(new NextRequest(address))
      const sent = response.headers.get('content-security-policy') ?? ''
      const nonce = /'nonce-([^']+)'/.exec(sent)?.[1]
      expect(nonce).toBeTruthy()
      expect(directive(sent, 'script-src')).not.toContain("'unsafe-inline'")
      // NextResponse.next/rewrite({request: {headers}}) passes overridden request headers this way.
      expect(response.headers.get('x-middleware-override-headers')).toContain('content-security-policy')
      expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(sent)
    }
  })
})

describe('Cross-Origin-Opener-Policy', () => {
  it('is same-origin on every route, the Studio included', () => {
    expect(header(site, 'Cross-Origin-Opener-Policy')).toBe('same-origin')
  })
})

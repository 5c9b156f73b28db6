import {securityHeaders} from '@/lib/http/security-headers.js'

type Entry = {source: string; headers: {key: string; value: string}[]}

const header = (entry: Entry | undefined, key: string) => entry?.headers.find((h) => h.key === key)?.value ?? ''
const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1) ?? []

describe('securityHeaders', () => {
  const entries = securityHeaders({dev: false}) as Entry[]
  const site = entries.find((e) => e.source === '/:path*')
  const studio = entries.find((e) => e.source === '/studio/:path*')

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

  it('relaxes script-src only for next dev', () => {
    const dev = (securityHeaders({dev: true}) as Entry[])[0]
    expect(directive(header(dev, 'Content-Security-Policy'), 'script-src')).toContain("'unsafe-eval'")
  })
})

/**
 * Where to send the editor after switching preview on or off: a path on this site only, never
 * another origin (`//evil.example`, `/\evil.example`, `https://...`), so the route cannot be used
 * as an open redirect. Anything else falls back to the home page.
 */
export function sameSitePath(candidate: string | null | undefined, fallback = '/'): string {
  if (!candidate) return fallback
  const value = candidate.trim()
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback
  try {
    const base = 'http://same-site.invalid'
    const url = new URL(value, base)
    if (url.origin !== base) return fallback
    return `${url.pathname}${url.search}${url.hash}`
  } catch {
    return fallback
  }
}

/** The path of a same-origin Referer, so "exit preview" returns the editor to the page they were on. */
export function refererPath(request: Request): string | undefined {
  const referer = request.headers.get('referer')
  if (!referer) return undefined
  try {
    const from = new URL(referer)
    const self = new URL(request.url)
    if (from.host !== (request.headers.get('host') ?? self.host)) return undefined
    return sameSitePath(`${from.pathname}${from.search}`)
  } catch {
    return undefined
  }
}

export const NO_STORE = {'Cache-Control': 'private, no-store'} as const

const BASE = 'http://same-site.invalid'
// Tabs and newlines are dropped by URL parsing (`/\t/evil.example` becomes `//evil.example`).
const CONTROL = /[\u0000-\u001f\u007f]/
// Two slashes or backslashes in a row at the start make a browser read the rest as a host.
const HOST_PREFIX = /^[/\\]{2}/

/** Percent-decoded until stable (a proxy may decode `%5c` or `%252f` on the way), or undefined if malformed. */
function fullyDecoded(path: string): string | undefined {
  let current = path
  for (let i = 0; i < 3; i += 1) {
    let next: string
    try {
      next = decodeURIComponent(current)
    } catch {
      return undefined
    }
    if (next === current) return current
    current = next
  }
  return current
}

/** What goes into Location: a path that resolves on this origin however it is read. */
function isSameSitePath(path: string): boolean {
  if (!path.startsWith('/') || HOST_PREFIX.test(path) || CONTROL.test(path)) return false
  const decoded = fullyDecoded(path)
  if (decoded === undefined || HOST_PREFIX.test(decoded) || CONTROL.test(decoded)) return false
  return new URL(path, BASE).origin === BASE
}

/**
 * Where to send the editor after switching preview on or off: a path on this site only, never
 * another origin, so the route cannot be used as an open redirect. The result is what is checked,
 * not the input: dot segments, backslashes and their encodings normalise into `//evil.example`
 * (`/.//x`, `/%2e%2e//x`, `/./\x` all parse to the path `//x`). Anything else falls back.
 */
export function sameSitePath(candidate: string | null | undefined, fallback = '/'): string {
  if (!candidate) return fallback
  const value = candidate.trim()
  if (!value.startsWith('/') || CONTROL.test(value)) return fallback
  let result: string
  try {
    const url = new URL(value, BASE)
    if (url.origin !== BASE) return fallback
    result = `${url.pathname}${url.search}${url.hash}`
  } catch {
    return fallback
  }
  return isSameSitePath(result) ? result : fallback
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

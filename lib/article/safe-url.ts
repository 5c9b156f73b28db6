const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])

// Browsers ignore tabs, newlines and other control characters inside a URL, so
// "java\tscript:" still runs script; strip them before judging the scheme.
const IGNORED_CHARACTERS = /[\u0000-\u001F\u007F\s]+/g

/**
 * The href to render, or null when the link must be shown as plain text. Allows http(s), mailto,
 * tel and same-site relative paths; everything else (javascript:, data:, vbscript:, file:, and
 * protocol-relative "//host") is refused.
 */
export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  const href = raw.replace(IGNORED_CHARACTERS, '')
  if (!href) return null
  if (href.startsWith('#') || href.startsWith('?')) return href
  if (href.startsWith('/')) {
    // "//evil.example" and "/\evil.example" leave the site.
    return href[1] === '/' || href[1] === '\\' ? null : href
  }
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return null
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? href : null
}

/** True for links that leave the site (they get rel="noopener noreferrer"). */
export function isExternalHref(href: string): boolean {
  return /^https?:/i.test(href)
}

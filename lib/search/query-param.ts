import {z} from 'zod'

export const MAX_QUERY_LENGTH = 200

// Control and format characters (NUL, bidi overrides, zero-width joiners) become spaces; markup and
// regular-expression characters stay as typed: React escapes them on the page and the query never
// becomes a pattern, it is only split into words.
const CONTROL = /[\p{Cc}\p{Cf}]/gu

export type SearchQuery = {text: string; truncated: boolean}

/** `?q=`: the first value if repeated, cleaned, at most MAX_QUERY_LENGTH characters (code points). */
export const searchQuerySchema = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value): SearchQuery => {
    const first = Array.isArray(value) ? (value[0] ?? '') : (value ?? '')
    const cleaned = first.normalize('NFC').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim()
    const chars = Array.from(cleaned)
    return {text: chars.slice(0, MAX_QUERY_LENGTH).join('').trim(), truncated: chars.length > MAX_QUERY_LENGTH}
  })

export function parseSearchQuery(value: unknown): SearchQuery {
  const parsed = searchQuerySchema.safeParse(value)
  return parsed.success ? parsed.data : {text: '', truncated: false}
}

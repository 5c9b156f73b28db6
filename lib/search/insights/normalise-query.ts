export const MAX_COUNTED_QUERY_LENGTH = 100

// What a patient might type that names them: an email address, a phone or NRIC/FIN number.
const PERSONAL = [/\S+@\S+\.\S+/, /(?:\d[\s-]?){7,}/, /\b[stfgm]\d{7}[a-z]\b/i]

/**
 * The form a query is counted under: lowercase, spaces collapsed, at most
 * MAX_COUNTED_QUERY_LENGTH characters; null when it looks like contact or identity details, which
 * are never stored.
 */
export function normaliseForCounting(query: string): string | null {
  const text = Array.from(query.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim())
    .slice(0, MAX_COUNTED_QUERY_LENGTH)
    .join('')
    .trim()
  if (!text || PERSONAL.some((pattern) => pattern.test(text))) return null
  return text
}

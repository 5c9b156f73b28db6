// The sources a post or treatment cites: identifier shapes (shared by the Studio's validation,
// `content:check` and the page), the link each identifier opens, and the numbers citation marks
// show. Pure: the Studio's bundle imports this file too.

/** One entry of a document's `references` list, as stored. */
export type SourceEntry = {
  _key?: string | null
  title?: string | null
  publisher?: string | null
  year?: number | null
  doi?: string | null
  pmid?: string | null
  url?: string | null
}

// Crossref's documented pattern for modern DOIs: "10." + a 4-9 digit registrant + "/" + a suffix.
export const DOI_PATTERN = /^10\.\d{4,9}\/[-._;()/:A-Za-z0-9]+$/
export const PMID_PATTERN = /^[1-9]\d{0,8}$/

export const FIRST_SOURCE_YEAR = 1800

/** Why a DOI is not usable, or null. Editors often paste the whole link; the bare DOI is asked for. */
export function doiProblem(doi: string): string | null {
  if (/^https?:\/\//i.test(doi) || /^doi:/i.test(doi)) return 'Enter the DOI alone, without "https://doi.org/" or "doi:", for example 10.1001/jama.2020.1234.'
  return DOI_PATTERN.test(doi) ? null : 'A DOI starts with "10.", then 4 to 9 digits, a slash and the rest, for example 10.1001/jama.2020.1234.'
}

export function pmidProblem(pmid: string): string | null {
  return PMID_PATTERN.test(pmid) ? null : 'A PubMed id is digits only (up to 9), for example 31234567.'
}

export function urlProblem(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'Enter the full address, starting with https://.'
  }
  if (parsed.protocol !== 'https:') return 'Use an https:// address.'
  if (!parsed.hostname.includes('.')) return 'Enter the full address, with the site\'s domain name.'
  return null
}

const filled = (value: string | null | undefined): value is string => typeof value === 'string' && value.trim() !== ''

/** Every problem with one entry, as a field name and an editor-readable message. */
export function sourceProblems(entry: SourceEntry, currentYear = new Date().getUTCFullYear()): {field: string; message: string}[] {
  const problems: {field: string; message: string}[] = []
  if (!filled(entry.title)) problems.push({field: 'title', message: 'Give the title of the page, article or leaflet.'})
  if (!filled(entry.publisher)) problems.push({field: 'publisher', message: 'Give the publisher or journal.'})
  const year = entry.year
  if (typeof year !== 'number' || !Number.isInteger(year)) problems.push({field: 'year', message: 'Give the year it was published or last updated.'})
  else if (year < FIRST_SOURCE_YEAR || year > currentYear + 1) problems.push({field: 'year', message: `The year must be between ${FIRST_SOURCE_YEAR} and ${currentYear + 1}.`})
  if (!filled(entry.doi) && !filled(entry.pmid) && !filled(entry.url)) {
    problems.push({field: 'url', message: 'Give one identifier: a DOI, a PubMed id or a URL.'})
  }
  const checks = [
    ['doi', entry.doi, doiProblem],
    ['pmid', entry.pmid, pmidProblem],
    ['url', entry.url, urlProblem],
  ] as const
  for (const [field, value, check] of checks) {
    const problem = filled(value) ? check(value.trim()) : null
    if (problem) problems.push({field, message: problem})
  }
  return problems
}

/** The page a reader opens for a source: its DOI, else its PubMed record, else its URL. */
export function sourceHref(entry: SourceEntry): string | null {
  if (filled(entry.doi) && !doiProblem(entry.doi.trim())) return `https://doi.org/${entry.doi.trim()}`
  if (filled(entry.pmid) && !pmidProblem(entry.pmid.trim())) return `https://pubmed.ncbi.nlm.nih.gov/${entry.pmid.trim()}/`
  if (filled(entry.url) && !urlProblem(entry.url.trim())) return entry.url.trim()
  return null
}

/** The element id of a source's entry in the Sources list, which citation marks link to. */
export const sourceAnchorId = (number: number) => `source-${number}`

export type NumberedSource<T extends SourceEntry = SourceEntry> = T & {number: number; href: string | null}

/**
 * Sources numbered in the order the editor listed them, so the number a citation mark shows is
 * the entry's position in the list below the page, wherever in the body it is cited.
 */
export function numberSources<T extends SourceEntry>(entries: readonly (T | null)[] | null | undefined): NumberedSource<T>[] {
  return (entries ?? [])
    .filter((entry): entry is T => entry !== null && typeof entry === 'object')
    .map((entry, index) => ({...entry, number: index + 1, href: sourceHref(entry)}))
}

/** The number a citation mark shows for the entry with this key, or null when it cites nothing listed. */
export function citationNumber(sources: readonly {_key?: string | null; number: number}[], key: string | null | undefined): number | null {
  if (!key) return null
  return sources.find((source) => source._key === key)?.number ?? null
}

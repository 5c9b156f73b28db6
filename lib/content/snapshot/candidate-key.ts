// A rewritten query asks the index for its candidate documents through groq-js's `dereference`
// hook (the only way an evaluated expression can call back into our code): the base of a narrowed
// `*[...]` becomes a `->` of an object whose `_ref` is one of these keys. Real `_ref`s are Sanity
// document ids, which cannot contain the NUL character the key starts with.

/** Documents whose attribute `path` equals one of `values`, or that reference one of `ids`. */
export type CandidateRequest = {kind: 'eq'; path: string[]; values: string[]} | {kind: 'refs'; ids: string[]}

/** What the key says before its runtime part: the request without the value computed per row. */
type Header = {kind: 'eq'; path: string[]; values?: string[]} | {kind: 'refs'; ids?: string[]}

const PREFIX = '\u0000snapshot-index\u0000'

/** A key fixed when the query is rewritten (literal or inlined parameter values). */
export function staticKey(request: CandidateRequest): string {
  return PREFIX + JSON.stringify(request)
}

/**
 * The constant part of a key whose value is computed per evaluation (`^._id`): GROQ appends the
 * value, `+` yields null when it is not a string, and a null key falls back to the full scan.
 * JSON escapes NUL, so the first raw NUL after the prefix ends the header whatever the value holds.
 */
export function dynamicKeyHead(request: {kind: 'eq'; path: string[]} | {kind: 'refs'}): string {
  return `${PREFIX}${JSON.stringify(request)}\u0000`
}

export function isCandidateKey(ref: string): boolean {
  return ref.startsWith(PREFIX)
}

export function decodeKey(ref: string): CandidateRequest {
  const rest = ref.slice(PREFIX.length)
  const end = rest.indexOf('\u0000')
  const header = JSON.parse(end === -1 ? rest : rest.slice(0, end)) as Header
  const tail = end === -1 ? undefined : rest.slice(end + 1)
  if (header.kind === 'eq') return {kind: 'eq', path: header.path, values: tail === undefined ? (header.values ?? []) : [tail]}
  return {kind: 'refs', ids: tail === undefined ? (header.ids ?? []) : [tail]}
}

// A rewritten query asks the index for its candidate documents through groq-js's `dereference`
// hook (the only way an evaluated expression can call back into our code): the base of a narrowed
// `*[...]` becomes a `->` of an object whose `_ref` is one of these keys. Real `_ref`s are Sanity
// document ids, which cannot contain the NUL character the key starts with.
//
// A key names every conjunct of the filter the index can answer, and the index answers with the
// documents in all of their lists: which conjunct narrows most depends on the data
// (`_type == "translation.metadata"` names a dozen documents, `references(^._id)` of a category over
// a thousand), not on the query.

/** Documents whose attribute `path` equals one of `values`, or that reference one of `ids`. */
export type CandidateRequest = {kind: 'eq'; path: string[]; values: string[]} | {kind: 'refs'; ids: string[]}

/** A request as the rewritten query holds it: complete, or waiting for one value computed per evaluation (`^._id`). */
export type PendingRequest = {kind: 'eq'; path: string[]; values?: string[]} | {kind: 'refs'; ids?: string[]}

const PREFIX = '\u0000snapshot-index\u0000'

/** The segment GROQ appends for a computed value that is not a string: that request is left out. */
export const NO_VALUE = '-'

/**
 * The constant start of a key. JSON escapes NUL, so the first raw NUL after the prefix ends it
 * whatever the values hold. GROQ appends one segment per pending request, in order: the value's
 * length as groq-js's `length()` counts it, a colon and the value, or NO_VALUE.
 */
export function keyHead(requests: PendingRequest[]): string {
  return `${PREFIX}${JSON.stringify(requests)}\u0000`
}

export function isCandidateKey(ref: string): boolean {
  return ref.startsWith(PREFIX)
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff

/**
 * The end of a value of `count` characters starting at `from`, counted as groq-js's `length()`
 * counts a string: every UTF-16 unit but high surrogates. Trailing high surrogates belong to the
 * value, as the next segment starts with a digit or NO_VALUE.
 */
function valueEnd(text: string, from: number, count: number): number {
  let at = from
  for (let seen = 0; seen < count; at++) {
    if (at >= text.length) return -1
    if (!isHighSurrogate(text.charCodeAt(at))) seen++
  }
  while (at < text.length && isHighSurrogate(text.charCodeAt(at))) at++
  return at
}

/**
 * The requests a key makes, with their computed values filled in; a request whose value was not a
 * string is left out. Undefined for a key that does not decode (the query then scans every document).
 */
export function decodeKey(ref: string): CandidateRequest[] | undefined {
  const rest = ref.slice(PREFIX.length)
  const headEnd = rest.indexOf('\u0000')
  if (headEnd === -1) return undefined
  const pending = JSON.parse(rest.slice(0, headEnd)) as PendingRequest[]
  const tail = rest.slice(headEnd + 1)
  const requests: CandidateRequest[] = []
  let at = 0
  for (const request of pending) {
    if (request.kind === 'eq' && request.values) requests.push({kind: 'eq', path: request.path, values: request.values})
    else if (request.kind === 'refs' && request.ids) requests.push({kind: 'refs', ids: request.ids})
    else if (tail.startsWith(NO_VALUE, at)) at += NO_VALUE.length
    else {
      const colon = tail.indexOf(':', at)
      const digits = colon === -1 ? '' : tail.slice(at, colon)
      if (!/^\d+$/.test(digits)) return undefined
      const end = valueEnd(tail, colon + 1, Number(digits))
      if (end === -1) return undefined
      const value = tail.slice(colon + 1, end)
      requests.push(request.kind === 'eq' ? {kind: 'eq', path: request.path, values: [value]} : {kind: 'refs', ids: [value]})
      at = end
    }
  }
  return at === tail.length ? requests : undefined
}

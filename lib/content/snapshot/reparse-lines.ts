import {createHash} from 'node:crypto'
import type {SnapshotDocument} from './document'

/**
 * A parsed snapshot file: its bytes, and per non-empty line where it is, a hash of it and the
 * document parsed from it, in file order.
 */
export type ParsedLines = {
  bytes: Buffer
  starts: number[]
  ends: number[]
  hashes: Buffer[]
  documents: SnapshotDocument[]
}

export type ReparseCount = {reused: number; parsed: number}

const NEWLINE = 0x0a

function isBlank(bytes: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const byte = bytes[i]
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false
  }
  return true
}

function parseLine(bytes: Buffer, start: number, end: number, lineNumber: number, source: string): SnapshotDocument {
  const doc = JSON.parse(bytes.toString('utf8', start, end)) as SnapshotDocument
  if (typeof doc._id !== 'string' || typeof doc._type !== 'string') {
    throw new Error(`${source}:${lineNumber}: document without _id or _type`)
  }
  return doc
}

const lineHash = (bytes: Buffer, start: number, end: number) => createHash('sha1').update(bytes.subarray(start, end)).digest()

function sameBytes(a: Buffer, aStart: number, aEnd: number, b: Buffer, bStart: number, bEnd: number): boolean {
  return aEnd - aStart === bEnd - bStart && a.compare(b, bStart, bEnd, aStart, aEnd) === 0
}

/**
 * Parses an NDJSON snapshot, reusing the document of every line whose bytes have not changed since
 * `previous`: a publish rewrites one line, so only that line is decoded and parsed again. A line
 * is first compared (memcmp) with the line at the same place before, which holds for every line
 * when documents were only edited; a line that moved (a document added or deleted above it) is
 * found by its hash. A document object is handed out once, so two identical lines still give two
 * documents, as a fresh parse would.
 */
export function reparseLines(bytes: Buffer, source: string, previous?: ParsedLines): ParsedLines & ReparseCount {
  const parsed: ParsedLines = {bytes, starts: [], ends: [], hashes: [], documents: []}
  let byHash: Map<string, number> | undefined
  const used = new Set<SnapshotDocument>()
  let reused = 0
  let lineNumber = 0
  for (let start = 0; start <= bytes.length; ) {
    const newline = bytes.indexOf(NEWLINE, start)
    const end = newline === -1 ? bytes.length : newline
    lineNumber++
    if (!isBlank(bytes, start, end)) {
      const at = parsed.documents.length
      let hash: Buffer | undefined
      let doc: SnapshotDocument | undefined
      if (previous && at < previous.documents.length && sameBytes(bytes, start, end, previous.bytes, previous.starts[at], previous.ends[at])) {
        hash = previous.hashes[at]
        doc = previous.documents[at]
      } else {
        hash = lineHash(bytes, start, end)
        if (previous) {
          byHash ??= new Map(previous.hashes.map((h, i) => [h.toString('base64'), i]))
          const before = byHash.get(hash.toString('base64'))
          if (before !== undefined) doc = previous.documents[before]
        }
      }
      if (doc && !used.has(doc)) reused++
      else doc = parseLine(bytes, start, end, lineNumber, source)
      used.add(doc)
      parsed.starts.push(start)
      parsed.ends.push(end)
      parsed.hashes.push(hash)
      parsed.documents.push(doc)
    }
    if (newline === -1) break
    start = newline + 1
  }
  return {...parsed, reused, parsed: parsed.documents.length - reused}
}

/** A hash of the content: of every non-empty line's hash, so a reload hashes only the lines that changed. */
export function contentVersion(parsed: ParsedLines): string {
  const hash = createHash('sha256')
  for (const lineHash of parsed.hashes) hash.update(lineHash)
  return hash.digest('base64url').slice(0, 22)
}

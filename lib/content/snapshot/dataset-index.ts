import {decodeKey, isCandidateKey, type CandidateRequest} from './candidate-key'
import type {SnapshotDocument} from './document'

// Indexes over one perspective's documents, each built on the first query that needs it and kept
// until the snapshot changes. A candidate list is always in dataset order, so a filter over it
// yields what the same filter over every document yields.

type Indexed = Map<string, SnapshotDocument[]>

// What a document references, cached per parsed object: a reload reuses the objects of unchanged
// lines (reparse-lines.ts), so only changed documents are walked again.
const referencesOf = new WeakMap<object, ReadonlySet<string>>()

/** Every `_ref` that groq-js's `references()` would match in `doc`, walked the same way. */
export function referencedIds(doc: SnapshotDocument): ReadonlySet<string> {
  let ids = referencesOf.get(doc)
  if (!ids) {
    const found = new Set<string>()
    collectReferences(doc, found)
    ids = found
    referencesOf.set(doc, ids)
  }
  return ids
}

function collectReferences(value: unknown, found: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectReferences(item, found)
  } else if (value !== null && typeof value === 'object') {
    const ref = (value as {_ref?: unknown})._ref
    // groq-js stops at the first object with a truthy `_ref` and matches only string ids.
    if (ref) {
      if (typeof ref === 'string') found.add(ref)
      return
    }
    for (const item of Object.values(value)) collectReferences(item, found)
  }
}

/** The attribute at `path` as GROQ's `a.b.c` reads it (own properties of objects), if a string. */
export function stringAt(doc: SnapshotDocument, path: string[]): string | undefined {
  let value: unknown = doc
  for (const name of path) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, name)) return undefined
    value = (value as Record<string, unknown>)[name]
  }
  return typeof value === 'string' ? value : undefined
}

function append(index: Indexed, key: string, doc: SnapshotDocument) {
  const list = index.get(key)
  if (list) list.push(doc)
  else index.set(key, [doc])
}

const CACHE_LIMIT = 256

export class DatasetIndex {
  readonly documents: SnapshotDocument[]
  private readonly byId = new Map<string, SnapshotDocument>()
  private readonly byPath = new Map<string, Indexed>()
  private byReference: Indexed | undefined
  private positions: Map<SnapshotDocument, number> | undefined
  private readonly unions = new Map<string, SnapshotDocument[]>()
  private readonly intersections = new Map<string, SnapshotDocument[]>()

  constructor(documents: SnapshotDocument[]) {
    this.documents = documents
    // groq-js's own `->` takes the first document with the id, so the first one wins here too.
    for (const doc of documents) if (!this.byId.has(doc._id)) this.byId.set(doc._id, doc)
  }

  /** groq-js's `dereference` option: real references by id, and candidate lists for narrowed queries. */
  readonly dereference = ({_ref}: {_ref: string}): SnapshotDocument | SnapshotDocument[] | undefined =>
    isCandidateKey(_ref) ? this.candidates(_ref) : this.byId.get(_ref)

  /**
   * The documents that can match every request in `key`: the shortest list, less the documents
   * missing from the others (groq-js's `&&` evaluates both sides, so a document the filter is tried
   * on costs every conjunct, `references()` walking all of it). Undefined when the key names no
   * request (a full scan then).
   */
  candidates(key: string): SnapshotDocument[] | undefined {
    const requests = decodeKey(key) ?? []
    if (requests.length <= 1) return requests.length === 0 ? undefined : this.listFor(requests[0])
    const cached = this.intersections.get(key)
    if (cached) return cached
    // Stable: of equally short lists, the narrowing's preferred one comes first.
    const [shortest, ...others] = requests.map((request) => this.listFor(request)).sort((a, b) => a.length - b.length)
    const both = shortest.filter((doc) => others.every((list) => this.inList(list, doc)))
    if (this.intersections.size >= CACHE_LIMIT) this.intersections.clear()
    this.intersections.set(key, both)
    return both
  }

  private listFor(request: CandidateRequest): SnapshotDocument[] {
    const [index, values] = request.kind === 'refs' ? [this.references(), request.ids] : [this.path(request.path), request.values]
    if (values.length === 1) return index.get(values[0]) ?? []
    const key = JSON.stringify(request)
    const cached = this.unions.get(key)
    if (cached) return cached
    const union = this.inDatasetOrder(new Set(values.flatMap((value) => index.get(value) ?? [])))
    if (this.unions.size >= CACHE_LIMIT) this.unions.clear()
    this.unions.set(key, union)
    return union
  }

  private path(path: string[]): Indexed {
    const name = JSON.stringify(path)
    let index = this.byPath.get(name)
    if (!index) {
      index = new Map()
      for (const doc of this.documents) {
        const value = stringAt(doc, path)
        if (value !== undefined) append(index, value, doc)
      }
      this.byPath.set(name, index)
    }
    return index
  }

  private references(): Indexed {
    if (!this.byReference) {
      const index: Indexed = new Map()
      for (const doc of this.documents) for (const id of referencedIds(doc)) append(index, id, doc)
      this.byReference = index
    }
    return this.byReference
  }

  private positionOf(): Map<SnapshotDocument, number> {
    return (this.positions ??= new Map(this.documents.map((doc, position) => [doc, position])))
  }

  private inDatasetOrder(docs: Set<SnapshotDocument>): SnapshotDocument[] {
    const positions = this.positionOf()
    return [...docs].sort((a, b) => positions.get(a)! - positions.get(b)!)
  }

  /** Whether `doc` is in `list`: a binary search, as every candidate list is in dataset order. */
  private inList(list: SnapshotDocument[], doc: SnapshotDocument): boolean {
    const positions = this.positionOf()
    const target = positions.get(doc)!
    let low = 0
    let high = list.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const at = positions.get(list[middle])!
      if (at === target) return true
      if (at < target) low = middle + 1
      else high = middle - 1
    }
    return false
  }
}

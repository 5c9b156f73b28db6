import type {ExprNode} from 'groq-js'
import {keyHead, NO_VALUE, type PendingRequest} from './candidate-key'

// Rewrites each `*[filter]` whose filter has a top-level conjunct the index can answer
// (`path == value`, `path in [values]`, `references(ids)`) so that it filters the index's
// candidates instead of every document. The filter itself is kept, so the answer is the same;
// only the documents it is tried on change. The candidates come through groq-js's `dereference`
// hook (candidate-key.ts): `coalesce(<the documents in every conjunct's list>, *)[filter]`. A
// conjunct whose value is not a string at run time (`^._id` on a missing field) is left out, and
// when none is left the full scan is used.

type Node = {type: string; [field: string]: unknown}

/** A value a conjunct compares with, moved from the filter's per-document scope to its base's scope. */
type Lifted = {constant: unknown} | {expression: Node}

/** A conjunct the index can answer; `value` computes its one value per evaluation when not known before. */
type Candidate = {rank: number; request: PendingRequest; value?: Node}

const isNode = (value: unknown): value is Node =>
  value !== null && typeof value === 'object' && typeof (value as Node).type === 'string'

// Node types whose children are evaluated in the scope the node itself is evaluated in.
const SAME_SCOPE = new Set([
  'AccessAttribute', 'AccessElement', 'Slice', 'Deref', 'Group', 'ArrayCoerce', 'Not', 'Neg', 'Pos', 'And', 'Or',
  'OpCall', 'InRange', 'Object', 'ObjectAttributeValue', 'ObjectConditionalSplat', 'ObjectSplat', 'Array',
  'ArrayElement', 'Select', 'SelectAlternative', 'FuncCall', 'Tuple', 'Asc', 'Desc',
])

/**
 * The scope of a child. A Map's (`a[]{...}`) inner scope is "hidden": a scope nested in it skips it
 * as parent, so `^` inside a filter there does not mean the base scope's value; lifting `^` is only
 * done where the filter's base is evaluated in a scope that is not hidden.
 */
function childHidden(node: Node, field: string, hidden: boolean): boolean {
  if (field === 'expr' && (node.type === 'Filter' || node.type === 'Projection')) return false
  if (field === 'expr' && (node.type === 'Map' || node.type === 'FlatMap')) return true
  if (field === 'args' && node.type === 'PipeFuncCall') return false
  if (field === 'base' && ['Filter', 'Projection', 'Map', 'FlatMap', 'PipeFuncCall'].includes(node.type)) return hidden
  return SAME_SCOPE.has(node.type) ? hidden : true
}

function walk(node: Node, hidden: boolean): Node {
  if (node.type === 'Value') return node
  const copy: Node = {...node}
  for (const [field, value] of Object.entries(node)) {
    const inner = childHidden(node, field, hidden)
    if (isNode(value)) copy[field] = walk(value, inner)
    else if (Array.isArray(value)) copy[field] = value.map((item) => (isNode(item) ? walk(item, inner) : item))
  }
  if (copy.type === 'Filter' && (copy.base as Node).type === 'Everything') {
    const candidates = conjuncts(copy.expr as Node)
      .map((conjunct) => candidateOf(conjunct, hidden))
      .filter((candidate): candidate is Candidate => candidate !== undefined)
      .sort((a, b) => a.rank - b.rank)
    if (candidates.length > 0) copy.base = coalesce([viaIndex(candidateKey(candidates)), copy.base as Node])
  }
  return copy
}

/** The tree with every narrowable `*[...]` narrowed; the input is not changed. */
export function narrowFilters(tree: ExprNode): ExprNode {
  return walk(tree as unknown as Node, false) as unknown as ExprNode
}

function conjuncts(expr: Node): Node[] {
  if (expr.type === 'Group') return conjuncts(expr.base as Node)
  if (expr.type === 'And') return [...conjuncts(expr.left as Node), ...conjuncts(expr.right as Node)]
  return [expr]
}

/** `a.b.c` (or `@.a.b`) read from the document the filter is testing. */
function documentPath(node: Node): string[] | undefined {
  if (node.type === 'Group') return documentPath(node.base as Node)
  if (node.type !== 'AccessAttribute' || typeof node.name !== 'string' || node.name.includes('\u0000')) return undefined
  const base = node.base as Node | undefined
  if (!base || base.type === 'This') return [node.name]
  const path = documentPath(base)
  return path && [...path, node.name]
}

function lift(node: Node, hidden: boolean): Lifted | undefined {
  switch (node.type) {
    case 'Value':
      return {constant: node.value}
    case 'Parameter':
      return {expression: node}
    case 'Group':
      return lift(node.base as Node, hidden)
    case 'Parent':
      // `^` in the filter is the scope the filter's base is evaluated in: one level less there.
      return hidden ? undefined : {expression: {type: 'Parent', n: (node.n as number) - 1}}
    case 'AccessAttribute':
    case 'AccessElement': {
      const base = node.base ? lift(node.base as Node, hidden) : undefined
      if (!base) return undefined
      return {expression: {...node, base: 'constant' in base ? {type: 'Value', value: base.constant} : base.expression}}
    }
    default:
      return undefined
  }
}

const RANK_ID = 0
const RANK_REFERENCE_FIELD = 1
const RANK_REFERENCES = 2
const RANK_TYPE = 3
const RANK_OTHER = 4

function pathRank(path: string[]): number {
  if (path.length === 1 && path[0] === '_id') return RANK_ID
  if (path.length === 1 && path[0] === '_type') return RANK_TYPE
  const last = path[path.length - 1]
  return last === '_ref' || last === 'current' ? RANK_REFERENCE_FIELD : RANK_OTHER
}

const strings = (values: unknown[]): string[] | undefined => (values.every((v) => typeof v === 'string') ? (values as string[]) : undefined)

function candidateOf(conjunct: Node, hidden: boolean): Candidate | undefined {
  if (conjunct.type === 'Group') return candidateOf(conjunct.base as Node, hidden)
  if (conjunct.type === 'OpCall' && conjunct.op === '==') {
    const [left, right] = [conjunct.left as Node, conjunct.right as Node]
    const path = documentPath(left) ?? documentPath(right)
    const other = documentPath(left) ? right : left
    const value = path && lift(other, hidden)
    if (!path || !value) return undefined
    return equalTo(path, value)
  }
  if (conjunct.type === 'OpCall' && conjunct.op === 'in') {
    const path = documentPath(conjunct.left as Node)
    const values = path && listOf(conjunct.right as Node)
    return values ? {rank: pathRank(path), request: {kind: 'eq', path, values}} : undefined
  }
  if (conjunct.type === 'FuncCall' && conjunct.namespace === 'global' && conjunct.name === 'references') {
    return referencesTo(conjunct.args as Node[], hidden)
  }
  return undefined
}

function equalTo(path: string[], value: Lifted): Candidate | undefined {
  const rank = pathRank(path)
  if ('constant' in value) {
    // Only strings are indexed; any other constant keeps the full scan.
    return typeof value.constant === 'string' ? {rank, request: {kind: 'eq', path, values: [value.constant]}} : undefined
  }
  return {rank, request: {kind: 'eq', path}, value: value.expression}
}

/** The strings `x in [...]` compares with, when they are all known strings. */
function listOf(node: Node): string[] | undefined {
  if (node.type === 'Group') return listOf(node.base as Node)
  if (node.type === 'Value' && Array.isArray(node.value)) return strings(node.value)
  if (node.type !== 'Array') return undefined
  const elements = node.elements as Node[]
  if (elements.some((element) => element.isSplat || (element.value as Node).type !== 'Value')) return undefined
  return strings(elements.map((element) => (element.value as Node).value))
}

function referencesTo(args: Node[], hidden: boolean): Candidate | undefined {
  const lifted = args.map((arg) => lift(arg, hidden))
  if (lifted.some((value) => !value)) return undefined
  const constants = lifted.filter((value): value is {constant: unknown} => 'constant' in value!)
  if (constants.length === lifted.length) {
    // references() ignores anything but strings, in an array or not.
    const ids = constants.flatMap(({constant}) =>
      typeof constant === 'string' ? [constant] : Array.isArray(constant) ? constant.filter((id): id is string => typeof id === 'string') : [],
    )
    return {rank: RANK_REFERENCES, request: {kind: 'refs', ids}}
  }
  const only = lifted.length === 1 ? lifted[0] : undefined
  // One id computed per row (`references(^._id)`); an array there would not make a string key.
  return only && 'expression' in only ? {rank: RANK_REFERENCES, request: {kind: 'refs'}, value: only.expression} : undefined
}

const text = (value: string): Node => ({type: 'Value', value})
const plus = (left: Node, right: Node): Node => ({type: 'OpCall', op: '+', left, right})
const call = (name: string, args: Node[]): Node => ({type: 'FuncCall', namespace: 'global', name, args})

/**
 * The key naming every candidate, preferred ones first (the index starts from the first of equally
 * short lists): its head, then per computed value `string(length(v)) + ":" + v`, or NO_VALUE where `+`
 * yields null because v is not a string.
 */
function candidateKey(candidates: Candidate[]): Node {
  return candidates.reduce<Node>(
    (key, {value}) => (value ? plus(key, coalesce([plus(plus(call('string', [call('length', [value])]), text(':')), value), text(NO_VALUE)])) : key),
    text(keyHead(candidates.map(({request}) => request))),
  )
}

const viaIndex = (key: Node): Node => ({
  type: 'Deref',
  base: {type: 'Object', attributes: [{type: 'ObjectAttributeValue', name: '_ref', value: key}]},
})

const coalesce = (args: Node[]): Node => call('coalesce', args)

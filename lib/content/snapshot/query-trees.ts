import {randomBytes} from 'node:crypto'
import {parse, type ExprNode} from 'groq-js'
import type {QueryParams} from '../perspective'
import {narrowFilters} from './narrow-filters'

// groq-js inlines the parameters when it parses (a slice like `[$start...$end]` needs them), so a
// tree belongs to a query and its parameters. Parsing a query again for every slug would cost
// more than evaluating it over the index, so string parameters (slugs, ids, languages) are parsed
// as placeholders and turned back into parameter references: one tree per query serves every
// slug. Where a string parameter shapes the tree itself (`foo[$name]` reads an attribute named by
// it), the placeholder shows up outside a Value and that query is cached per parameter value.

const LIMIT = 1000
const trees = new Map<string, ExprNode>()
const PLACEHOLDER = `groq-param-${randomBytes(6).toString('hex')}:`

type Node = {type: string; [field: string]: unknown}

function unplaceholder(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(unplaceholder)
  if (node === null || typeof node !== 'object') return node
  const {type, value} = node as Node
  if (type === 'Value' && typeof value === 'string' && value.startsWith(PLACEHOLDER)) return {type: 'Parameter', name: value.slice(PLACEHOLDER.length)}
  if (type === 'Value') return node
  return Object.fromEntries(Object.entries(node).map(([field, child]) => [field, unplaceholder(child)]))
}

/** The query's tree with its string parameters as references, or undefined when they shape it. */
function templateTree(query: string, params: QueryParams): ExprNode | undefined {
  const placeholders = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? PLACEHOLDER + name : value]))
  let tree: ExprNode
  try {
    tree = parse(query, {params: placeholders})
  } catch {
    return undefined
  }
  const restored = unplaceholder(tree) as ExprNode
  return JSON.stringify(restored).includes(PLACEHOLDER) ? undefined : restored
}

function remember(key: string, make: () => ExprNode | undefined): ExprNode | undefined {
  const cached = trees.get(key)
  if (cached) {
    trees.delete(key)
    trees.set(key, cached)
    return cached
  }
  const tree = make()
  if (tree) {
    if (trees.size >= LIMIT) trees.delete(trees.keys().next().value!)
    trees.set(key, tree)
  }
  return tree
}

const NOT_TEMPLATABLE = {type: 'Value', value: null} as ExprNode

/** The narrowed tree of `query` for `params`, from the cache when this query was seen before. */
export function narrowedTree(query: string, params: QueryParams): ExprNode {
  const shape = JSON.stringify(Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? '' : value]))
  const template = remember(`template\u0000${query}\u0000${shape}`, () => {
    const tree = templateTree(query, params)
    return tree ? narrowFilters(tree) : NOT_TEMPLATABLE
  })
  if (template && template !== NOT_TEMPLATABLE) return template
  return remember(`values\u0000${query}\u0000${JSON.stringify(params)}`, () => narrowFilters(parse(query, {params})))!
}

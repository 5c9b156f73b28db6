import {parse, type ExprNode} from 'groq-js'
import type {QueryParams} from '../perspective'
import {narrowFilters} from './narrow-filters'

// groq-js inlines the parameters when it parses (a slice like `[$start...$end]` needs them), so a
// tree belongs to a query and its parameters. The most recently used trees are kept; the rest are
// parsed again, which costs far less than the scan the narrowing saves.

const LIMIT = 1000
const trees = new Map<string, ExprNode>()

export function narrowedTree(query: string, params: QueryParams): ExprNode {
  const key = `${query}\u0000${JSON.stringify(params)}`
  let tree = trees.get(key)
  if (tree) {
    trees.delete(key)
  } else {
    tree = narrowFilters(parse(query, {params}))
    if (trees.size >= LIMIT) trees.delete(trees.keys().next().value!)
  }
  trees.set(key, tree)
  return tree
}

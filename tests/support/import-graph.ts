import fs from 'node:fs'
import path from 'node:path'

const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs', '.cjs']
// Static and dynamic imports, re-exports and require(); type-only imports count too, since they
// tie the folders together just the same for a reader.
const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return EXTENSIONS.includes(path.extname(entry.name)) ? [full] : []
  })
}

function resolveImport(root: string, from: string, specifier: string): string | undefined {
  let base: string
  if (specifier.startsWith('@/')) base = path.join(root, specifier.slice(2))
  else if (specifier.startsWith('.')) base = path.join(path.dirname(from), specifier)
  else return undefined
  const candidates = [
    base,
    ...EXTENSIONS.map((e) => base + e),
    ...EXTENSIONS.map((e) => path.join(base, `index${e}`)),
  ]
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile())
}

/** The top-level entry of `lib/` a file belongs to: a folder name, or a file name at the root of lib. */
function unitOf(libDir: string, file: string): string {
  return path.relative(libDir, file).split(path.sep)[0]
}

/** Which lib folders (or root files) import which, from the source text under `root/lib`. */
export function libFolderGraph(root: string): Map<string, Set<string>> {
  const libDir = path.join(root, 'lib')
  const graph = new Map<string, Set<string>>()
  for (const file of sourceFiles(libDir)) {
    const from = unitOf(libDir, file)
    for (const match of fs.readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolveImport(root, file, match[1] ?? match[2] ?? match[3] ?? match[4])
      if (!target || !target.startsWith(libDir + path.sep)) continue
      const to = unitOf(libDir, target)
      if (to !== from) graph.set(from, (graph.get(from) ?? new Set()).add(to))
    }
  }
  return graph
}

/** Groups of two or more folders that reach each other through imports (Tarjan's algorithm). */
export function importCycles(graph: Map<string, Set<string>>): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const cycles: string[][] = []
  const visit = (node: string) => {
    index.set(node, counter)
    low.set(node, counter++)
    stack.push(node)
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!))
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = []
      let member: string
      do {
        member = stack.pop()!
        group.push(member)
      } while (member !== node)
      if (group.length > 1) cycles.push(group.sort())
    }
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return cycles
}

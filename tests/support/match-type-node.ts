import type {SchemaType, TypeNode} from 'groq-js'

type Declaration = SchemaType[number]

/**
 * Checks a runtime value against a groq-js TypeNode (the type TypeGen derives for a query), so a test
 * can prove that what a query really returns has the shape its generated TypeScript type claims.
 * Returns the mismatches as "path: problem" strings; an empty list means the value fits.
 */
export function matchTypeNode(value: unknown, node: TypeNode, schema: SchemaType, at = '$'): string[] {
  switch (node.type) {
    case 'unknown':
      return []
    case 'null':
      return value === null || value === undefined ? [] : [`${at}: expected null, got ${describe(value)}`]
    case 'string':
    case 'number':
    case 'boolean': {
      if (typeof value !== node.type) return [`${at}: expected ${node.type}, got ${describe(value)}`]
      if (node.value !== undefined && node.value !== value) return [`${at}: expected ${JSON.stringify(node.value)}, got ${JSON.stringify(value)}`]
      return []
    }
    case 'array': {
      if (!Array.isArray(value)) return [`${at}: expected array, got ${describe(value)}`]
      return value.flatMap((item, index) => matchTypeNode(item, node.of, schema, `${at}[${index}]`))
    }
    case 'union': {
      const attempts = node.of.map((option) => matchTypeNode(value, option, schema, at))
      if (attempts.some((problems) => problems.length === 0)) return []
      // Report the closest alternative: the one with the fewest problems.
      return attempts.sort((a, b) => a.length - b.length)[0] ?? [`${at}: empty union`]
    }
    case 'inline': {
      const declaration = schema.find((entry: Declaration) => entry.name === node.name)
      if (!declaration) return [`${at}: unknown schema type ${node.name}`]
      const resolved: TypeNode = declaration.type === 'type' ? declaration.value : {type: 'object', attributes: declaration.attributes}
      return matchTypeNode(value, resolved, schema, at)
    }
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`${at}: expected object, got ${describe(value)}`]
      const record = value as Record<string, unknown>
      const problems: string[] = []
      for (const [name, attribute] of Object.entries(node.attributes)) {
        if (record[name] === undefined) {
          if (!attribute.optional && !admitsNull(attribute.value, schema)) problems.push(`${at}.${name}: missing`)
          continue
        }
        problems.push(...matchTypeNode(record[name], attribute.value, schema, `${at}.${name}`))
      }
      const extra = Object.keys(record).filter((name) => !(name in node.attributes))
      if (extra.length > 0) {
        if (!node.rest) problems.push(`${at}: unexpected attribute(s) ${extra.join(', ')}`)
        else if (node.rest.type !== 'unknown') {
          const rest = {...record}
          for (const name of Object.keys(node.attributes)) delete rest[name]
          problems.push(...matchTypeNode(rest, node.rest, schema, at).filter((p) => !p.endsWith('missing')))
        }
      }
      return problems
    }
  }
}

function admitsNull(node: TypeNode, schema: SchemaType): boolean {
  return matchTypeNode(null, node, schema).length === 0
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

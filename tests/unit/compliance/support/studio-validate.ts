// Runs Sanity's own validateDocument over the real schema (which wires the compliance validation
// into every checked type), and prints each document's markers as JSON. Spawned by studio-validation.test.ts: the Sanity
// package is ESM-heavy and loads in a second under tsx, far slower under Jest's transform.
import {createSchema, validateDocument} from 'sanity'
import {schemaTypes} from '../../../../sanity/schemaTypes'

async function main() {
  const docs = JSON.parse(process.argv[2] ?? '[]') as Array<{_type: string}>
  // The Clinic settings the readability rule fetches, as the Studio's client would return them.
  const settings = JSON.parse(process.argv[3] ?? 'null') as unknown
  const schema = createSchema({name: 'compliance-test', types: schemaTypes})
  const results = []
  for (const doc of docs) {
    const markers = await validateDocument({
      document: doc,
      // Only the schema is read for these documents; references are not resolved.
      workspace: {schema, i18n: undefined, getClient: () => ({fetch: async () => settings})},
      getDocumentExists: async () => true,
      // 'studio' as in the Studio: other environments wrap every rule in a warning-level check.
      environment: 'studio',
    } as unknown as Parameters<typeof validateDocument>[0])
    results.push(markers.map((m) => ({level: m.level, path: m.path, message: m.message})))
  }
  process.stdout.write(JSON.stringify(results))
}

main().catch((error: unknown) => {
  process.stderr.write(String(error instanceof Error ? error.stack : error))
  process.exitCode = 1
})

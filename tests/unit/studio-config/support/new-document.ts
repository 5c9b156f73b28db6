// Creates each document type as the Studio's "Create new" does (Sanity's own initial-value
// resolver over the real schema), lays the editor's input over it, and runs Sanity's own
// validateDocument as the Studio does. Prints, per case, the new document, its list preview and
// its markers as JSON.
// Spawned by new-document-publishable.test.ts: the Sanity package loads in a second under tsx.
import {createSchema, defaultTemplateForType, prepareForPreview, resolveInitialValue, validateDocument} from 'sanity'
import {evaluate, parse} from 'groq-js'
import {schemaTypes} from '../../../../sanity/schemaTypes'

// The initial-value resolver asks `window` whether the browser can schedule tasks; Node has none.
;(globalThis as {window?: object}).window ??= {}

type Case = {type: string; fill: Record<string, unknown>; replace?: Record<string, unknown>}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

// Typing into a field of an object the form already holds keeps its other fields, as in the Studio.
function merge(base: Record<string, unknown>, input: Record<string, unknown>): Record<string, unknown> {
  const out = {...base}
  for (const [key, value] of Object.entries(input)) {
    const current = out[key]
    out[key] = isObject(current) && isObject(value) ? merge(current, value) : value
  }
  return out
}

// The Studio's client against an empty dataset: the slug uniqueness check and the readability
// rule's settings query are answered by GROQ itself.
type Params = Record<string, unknown>
const emptyDatasetClient = {
  withConfig: () => emptyDatasetClient,
  fetch: async (query: string, params: Params = {}) => (await evaluate(parse(query, {params}), {dataset: [], params})).get(),
}

async function main() {
  const cases = JSON.parse(process.argv[2] ?? '[]') as Case[]
  const schema = createSchema({name: 'new-document-test', types: schemaTypes})
  const context = {schema, projectId: 'test', dataset: 'test', currentUser: null, getClient: () => ({})}
  const results = []
  for (const {type, fill, replace} of cases) {
    const schemaType = schema.get(type)
    if (!schemaType) throw new Error(`No schema type ${type}`)
    const initial = (await resolveInitialValue(
      schema,
      defaultTemplateForType(schemaType),
      {},
      context as unknown as Parameters<typeof resolveInitialValue>[3],
    )) as Record<string, unknown>
    // `replace` stands for a document saved before (a draft the lake already holds), `fill` for
    // what the editor types into the new form.
    const document = {...merge(replace ?? initial, fill), _id: `drafts.new-${type}`, _type: type}
    const markers = await validateDocument({
      document,
      workspace: {schema, i18n: undefined, getClient: () => emptyDatasetClient},
      // References the editor picked exist; slugs are unique.
      getDocumentExists: async () => true,
      environment: 'studio',
    } as unknown as Parameters<typeof validateDocument>[0])
    // What the document lists show for it.
    const {title, subtitle} = prepareForPreview(document, schemaType) as {title?: unknown; subtitle?: unknown}
    results.push({initial, preview: {title, subtitle}, markers: markers.map((m) => ({level: m.level, path: m.path, message: m.message}))})
  }
  process.stdout.write(JSON.stringify(results))
}

main().catch((error: unknown) => {
  process.stderr.write(String(error instanceof Error ? error.stack : error))
  process.exitCode = 1
})

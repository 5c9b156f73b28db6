import fs from 'node:fs'
import path from 'node:path'
import {parse, typeEvaluate, type SchemaType} from 'groq-js'
import * as queries from '@/lib/content/queries'
import {runQuery} from '@/lib/content/source'
import {matchTypeNode} from '@/tests/support/match-type-node'
import {chineseCases, queryCases, slugs} from './query-cases'

// Runs every query against the real snapshot, for every document it can return, and checks each
// result against the type TypeGen derives from the extracted schema (sanity/schema.json).
const schema = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'sanity', 'schema.json'), 'utf8')) as SchemaType

// The Chinese cases need the schema of the translation plugin (the `language` field and
// translation.metadata); until the extracted schema has it, TypeGen types them as English only.
const schemaKnowsTranslations = JSON.stringify(schema).includes('"translation.metadata"')
const cases = async () => (await queryCases()).filter((c) => schemaKnowsTranslations || !chineseCases.includes(c))

describe('every content query returns the shape its TypeGen type says', () => {
  it('covers the whole snapshot', async () => {
    const all = await cases()
    expect(all.length).toBeGreaterThan(20)
    const problems: string[] = []
    for (const {name, params} of all) {
      const query = queries[name]
      const result = await runQuery<unknown>(query, params as Record<string, string>)
      const type = typeEvaluate(parse(query, {params: params as Record<string, string>}), schema)
      for (const problem of matchTypeNode(result, type, schema)) problems.push(`${name}(${JSON.stringify(params)}) ${problem}`)
    }
    expect(problems).toEqual([])
  })

  it('finds a value that does not fit (the check can fail)', () => {
    const type = typeEvaluate(parse(queries.categoriesQuery), schema)
    expect(matchTypeNode([{_id: 'x', title: 42, slug: 'a', description: null}], type, schema)).toEqual([
      expect.stringContaining('$[0].title'),
    ])
    expect(matchTypeNode([{_id: 'x', title: 't', slug: 'a', description: null, extra: 1}], type, schema)).toEqual([
      expect.stringContaining('unexpected attribute'),
    ])
  })

  it('returns real content for the pages that need it', async () => {
    const slugsFound = await slugs(queries.postSlugsQuery)
    expect(slugsFound.length).toBeGreaterThanOrEqual(6)
    const treatments = await slugs(queries.treatmentSlugsQuery)
    expect(treatments.length).toBeGreaterThanOrEqual(4)
    expect(await runQuery(queries.settingsQuery)).toEqual(expect.objectContaining({clinicName: expect.any(String)}))
  })
})

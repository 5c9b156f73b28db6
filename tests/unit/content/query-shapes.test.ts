import fs from 'node:fs'
import path from 'node:path'
import {parse, typeEvaluate, type SchemaType} from 'groq-js'
import * as queries from '@/lib/content/queries'
import {runQuery} from '@/lib/content/source'
import {matchTypeNode} from '../../support/match-type-node'

// Runs every query against the real snapshot, for every document it can return, and checks each
// result against the type TypeGen derives from the extracted schema (sanity/schema.json).
const schema = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'sanity', 'schema.json'), 'utf8')) as SchemaType

type Case = {name: keyof typeof queries; params: Record<string, unknown>}

async function slugs(query: string): Promise<string[]> {
  return runQuery<string[]>(query)
}

async function cases(): Promise<Case[]> {
  const [posts, treatments, people, categories] = await Promise.all([
    slugs(queries.postSlugsQuery),
    slugs(queries.treatmentSlugsQuery),
    slugs(queries.personSlugsQuery),
    runQuery<Array<{_id: string; slug: string}>>(queries.categoriesQuery),
  ])
  const postIds = await runQuery<Array<{_id: string; categoryIds: string[]}>>(`*[_type == "post"]{_id, "categoryIds": categories[]._ref}`)
  return [
    {name: 'settingsQuery', params: {}},
    {name: 'categoriesQuery', params: {}},
    {name: 'latestPostsQuery', params: {limit: 50}},
    {name: 'postSlugsQuery', params: {}},
    {name: 'treatmentsQuery', params: {}},
    {name: 'treatmentSlugsQuery', params: {}},
    {name: 'personSlugsQuery', params: {}},
    {name: 'sitemapQuery', params: {}},
    {name: 'feedQuery', params: {}},
    {name: 'postsPageQuery', params: {category: null, start: 0, end: 100}},
    ...categories.map((c): Case => ({name: 'postsPageQuery', params: {category: c.slug, start: 0, end: 100}})),
    ...categories.map((c): Case => ({name: 'categoryBySlugQuery', params: {slug: c.slug}})),
    ...posts.map((slug): Case => ({name: 'postBySlugQuery', params: {slug}})),
    ...postIds.map((p): Case => ({name: 'postsInCategoriesQuery', params: {excludeId: p._id, categoryIds: p.categoryIds, limit: 10}})),
    ...treatments.map((slug): Case => ({name: 'treatmentBySlugQuery', params: {slug}})),
    ...people.map((slug): Case => ({name: 'personBySlugQuery', params: {slug}})),
  ]
}

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

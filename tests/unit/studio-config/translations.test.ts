import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {evaluate, parse} from 'groq-js'
import type {SlugValidationContext} from 'sanity'
import {MISSING_TRANSLATION_FILTER, MISSING_TRANSLATION_PARAMS} from '@/sanity/i18n/missingTranslations'
import {isUniqueInLanguage, SLUG_TAKEN_QUERY, slugTakenParams} from '@/sanity/i18n/slugIsUnique'
import {TRANSLATABLE_TYPES} from '@/sanity/i18n/languages'

// The Studio's translation queries, run by GROQ itself (groq-js) on the starter dataset.
const ROOT = path.resolve(__dirname, '../../..')
type Doc = {_id: string; _type: string; language?: string; slug?: {current?: string}; [key: string]: unknown}
const DATASET: Doc[] = fs
  .readFileSync(path.join(ROOT, 'sanity/dataset/data.ndjson'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Doc)

async function run<T>(query: string, params: Record<string, unknown>, dataset: Doc[] = DATASET): Promise<T> {
  return (await evaluate(parse(query, {params}), {dataset, params})).get() as Promise<T>
}

const slugTaken = (slug: string, document: Doc, dataset?: Doc[]) => run<boolean>(SLUG_TAKEN_QUERY, slugTakenParams(slug, document), dataset)

describe('slug uniqueness per type and language', () => {
  const GUIDE = 'can-you-close-pores-permanently'

  it('the Chinese guide may keep the English address, and the English guide its own', async () => {
    expect(await slugTaken(GUIDE, {_id: 'post.can-you-close-pores-permanently.zh-Hans', _type: 'post', language: 'zh-Hans'})).toBe(false)
    expect(await slugTaken(GUIDE, {_id: 'drafts.post.can-you-close-pores-permanently', _type: 'post', language: 'en'})).toBe(false)
  })

  it('a second post in the same language may not take it, in English or in Chinese', async () => {
    expect(await slugTaken(GUIDE, {_id: 'drafts.new-english-post', _type: 'post', language: 'en'})).toBe(true)
    expect(await slugTaken(GUIDE, {_id: 'drafts.new-chinese-post', _type: 'post', language: 'zh-Hans'})).toBe(true)
  })

  it('a document with no language is English, on either side', async () => {
    expect(await slugTaken(GUIDE, {_id: 'drafts.legacy-post', _type: 'post'})).toBe(true)
    const legacy = DATASET.map((d) => (d._id === 'post.can-you-close-pores-permanently' ? {...d, language: undefined} : d))
    expect(await slugTaken(GUIDE, {_id: 'drafts.new-english-post', _type: 'post', language: 'en'}, legacy)).toBe(true)
    expect(await slugTaken(GUIDE, {_id: 'drafts.new-chinese-post', _type: 'post', language: 'zh-Hans'}, legacy)).toBe(true)
  })

  it('the same address on another type, or a language with no such document, is free', async () => {
    expect(await slugTaken('chemical-peel', {_id: 'drafts.a-post', _type: 'post', language: 'zh-Hans'})).toBe(false)
    expect(await slugTaken('chemical-peel', {_id: 'drafts.a-treatment', _type: 'treatment', language: 'zh-Hans'})).toBe(true)
    expect(await slugTaken('sun-protection', {_id: 'drafts.a-category', _type: 'category', language: 'zh-Hans'})).toBe(false)
    expect(await slugTaken('sun-protection', {_id: 'drafts.a-category', _type: 'category', language: 'en'})).toBe(true)
  })

  it('is what the slug field asks, through the Studio client', async () => {
    const context = (document: Doc) =>
      ({document, getClient: () => ({fetch: (query: string, params: Record<string, unknown>) => run(query, params)})}) as unknown as SlugValidationContext
    await expect(isUniqueInLanguage(GUIDE, context({_id: 'drafts.x', _type: 'post', language: 'zh-Hans'}))).resolves.toBe(false)
    await expect(isUniqueInLanguage('a-new-address', context({_id: 'drafts.x', _type: 'post', language: 'zh-Hans'}))).resolves.toBe(true)
  })
})

describe('the "Missing Chinese translation" list', () => {
  const missing = (dataset?: Doc[]) => run<string[]>(`*[${MISSING_TRANSLATION_FILTER}]._id`, MISSING_TRANSLATION_PARAMS, dataset)
  const translatedIds = (dataset: Doc[]) =>
    new Set(
      dataset
        .filter((d) => d._type === 'translation.metadata')
        .flatMap((d) => (d.translations as {_key: string; value: {_ref: string}}[]).filter((t) => t._key === 'en').map((t) => t.value._ref)),
    )

  it('lists exactly the English documents of the translatable types that no metadata links to a Chinese version', async () => {
    const linked = translatedIds(DATASET)
    const expected = DATASET.filter(
      (d) =>
        (TRANSLATABLE_TYPES as readonly string[]).includes(d._type) &&
        (d.language ?? 'en') === 'en' &&
        !linked.has(d._id.replace(/^drafts\./, '')),
    ).map((d) => d._id)
    const listed = await missing()
    expect(listed.sort()).toEqual(expected.sort())
    // The starter content: the pore guide and the treatments have theirs; the other posts do not.
    expect(listed).toContain('post.salicylic-acid-vs-glycolic-acid')
    expect(listed).toContain('page.editorial-policy')
    expect(listed).not.toContain('post.can-you-close-pores-permanently')
    expect(listed).not.toContain('clinicSettings')
    expect(listed.filter((id) => id.endsWith('.zh-Hans'))).toEqual([])
  })

  it('drops a post once its translation is linked, with its draft, and not before', async () => {
    const id = 'post.double-cleansing-step-by-step'
    expect(await missing()).toEqual(expect.arrayContaining([id, `drafts.${id}`]))
    const metadata = (translations: {_key: string; ref: string}[]): Doc => ({
      _id: 'translation.metadata.new',
      _type: 'translation.metadata',
      schemaTypes: ['post'],
      translations: translations.map(({_key, ref}) => ({_key, _type: 'internationalizedArrayReferenceValue', value: {_type: 'reference', _ref: ref, _weak: true}})),
    })
    // The plugin writes the metadata with the original alone first (Manage translations).
    const started = await missing([...DATASET, metadata([{_key: 'en', ref: id}])])
    expect(started).toContain(id)
    const linked = await missing([...DATASET, metadata([{_key: 'en', ref: id}, {_key: 'zh-Hans', ref: 'f3b0c7a2-0000-4000-8000-000000000001'}])])
    expect(linked).not.toContain(id)
    expect(linked).not.toContain(`drafts.${id}`)
  })
})

describe('what a new translation copies', () => {
  type Fields = Record<string, {language?: {jsonType: string; hidden: unknown; readOnly: unknown; initialValue: unknown}; excluded: string[]; slugUniquePerLanguage: boolean | null}>
  let fields: Fields
  beforeAll(() => {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(__dirname, 'support/translation-fields.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    })
    fields = JSON.parse(out) as Fields
  }, 150_000)

  it('every translatable type has the hidden, read-only language field the plugin writes, English by default', () => {
    for (const type of TRANSLATABLE_TYPES) {
      expect([type, fields[type]?.language]).toEqual([type, {jsonType: 'string', hidden: true, readOnly: true, initialValue: 'en'}])
    }
  })

  it('addresses are unique per language on every type that has one', () => {
    for (const type of TRANSLATABLE_TYPES.filter((t) => t !== 'clinicSettings')) expect([type, fields[type]?.slugUniquePerLanguage]).toEqual([type, true])
  })

  it("a translation starts without the original's medical review, change note or acknowledgements", () => {
    expect(fields.post?.excluded.sort()).toEqual(['changeNote', 'changedAt', 'complianceAcknowledgements', 'lastReviewedAt', 'medicalReviewer'])
    expect(fields.treatment?.excluded.sort()).toEqual(['complianceAcknowledgements', 'lastReviewedAt', 'reviewer'])
    expect(fields.page?.excluded.sort()).toEqual(['complianceAcknowledgements', 'lastUpdatedAt'])
    for (const type of ['person', 'category', 'clinicSettings']) expect(fields[type]?.excluded).toEqual(['complianceAcknowledgements'])
  })
})

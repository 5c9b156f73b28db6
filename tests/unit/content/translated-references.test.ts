import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {postBySlugQuery, postsPageQuery, treatmentBySlugQuery} from '@/lib/content/queries'
import {parseNdjson, querySnapshot, snapshotFile, type SnapshotDocument} from '@/lib/content/snapshot-source'

// A translation made in the Studio (@sanity/document-internationalization) is a copy of the
// original, references included: its author, reviewer, categories and treatment cards point at
// the English documents. A Chinese page shows the Chinese version of each where one exists, and
// the referenced document itself where none does.

const SLUG = 'salicylic-acid-vs-glycolic-acid'
const ENGLISH_ID = `post.${SLUG}`
const CHINESE_ID = 'post-translation-made-in-the-studio'

let dir: string
let saved: string | undefined

beforeAll(() => {
  const documents = parseNdjson(fs.readFileSync(snapshotFile(), 'utf8'), 'bundled')
  const english = documents.find((doc) => doc._id === ENGLISH_ID)!
  const translation: SnapshotDocument = {...english, _id: CHINESE_ID, language: 'zh-Hans', title: '水杨酸还是甘醇酸', medicalReviewer: {_type: 'reference', _ref: 'person.dr-demo-tan'}}
  const metadata: SnapshotDocument = {
    _id: 'translation.metadata.made-in-the-studio',
    _type: 'translation.metadata',
    schemaTypes: ['post'],
    translations: [
      {_key: 'en', value: {_type: 'reference', _ref: ENGLISH_ID, _weak: true}},
      {_key: 'zh-Hans', value: {_type: 'reference', _ref: CHINESE_ID, _weak: true}},
    ],
  }
  saved = process.env.CONTENT_SNAPSHOT_DIR
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'translated-references-'))
  process.env.CONTENT_SNAPSHOT_DIR = dir
  fs.writeFileSync(path.join(dir, 'data.ndjson'), [...documents, translation, metadata].map((doc) => JSON.stringify(doc)).join('\n') + '\n')
})

afterAll(() => {
  if (saved === undefined) delete process.env.CONTENT_SNAPSHOT_DIR
  else process.env.CONTENT_SNAPSHOT_DIR = saved
  fs.rmSync(dir, {recursive: true, force: true})
})

type Ref = {_id: string} | null
type Page = {
  _id: string
  author: Ref
  medicalReviewer: Ref
  categories: Ref[]
  relatedTreatments: Ref[]
  body: Array<{_type: string; treatment?: Ref}>
}
const ids = (refs: Ref[] = []) => refs.map((ref) => ref?._id)
const cards = (page: Page) => page.body.filter((block) => block._type === 'treatmentCard').map((block) => block.treatment?._id)

describe('references on a page are read in its edition', () => {
  it("shows a Chinese translation's categories, reviewer and treatments in Chinese, where they exist", async () => {
    const page = await querySnapshot<Page>(postBySlugQuery, {slug: SLUG, language: 'zh-Hans'}, 'published')
    expect(page._id).toBe(CHINESE_ID)
    expect(ids(page.categories)).toEqual(['category.acne-and-pores.zh-Hans', 'category.skin-care.zh-Hans'])
    expect(page.medicalReviewer?._id).toBe('person.dr-demo-tan.zh-Hans')
    expect(ids(page.relatedTreatments)).toEqual(['treatment.chemical-peel.zh-Hans'])
    expect(cards(page)).toEqual(['treatment.chemical-peel.zh-Hans'])
    // This author has no Chinese version: the English one, rather than no byline.
    expect(page.author?._id).toBe('person.alex-demo')
  })

  it('leaves the English page as it was', async () => {
    const page = await querySnapshot<Page>(postBySlugQuery, {slug: SLUG, language: 'en'}, 'published')
    expect(page._id).toBe(ENGLISH_ID)
    expect(ids(page.categories)).toEqual(['category.acne-and-pores', 'category.skin-care'])
    expect(ids(page.relatedTreatments)).toEqual(['treatment.chemical-peel'])
    expect(cards(page)).toEqual(['treatment.chemical-peel'])
  })

  it('shows a Chinese reviewer on a Chinese treatment', async () => {
    const treatment = await querySnapshot<{reviewer: Ref}>(treatmentBySlugQuery, {slug: 'chemical-peel', language: 'zh-Hans'}, 'published')
    expect(treatment.reviewer?._id).toMatch(/\.zh-Hans$/)
  })
})

describe('cards in a listing are read in its edition', () => {
  type Card = {_id: string; categories: Ref[]; author: Ref}
  const listing = async (language: string) =>
    (await querySnapshot<{posts: Card[]}>(postsPageQuery, {category: null, start: 0, end: 100, language}, 'published')).posts

  it("shows the Studio translation's card in the Chinese journal with Chinese categories", async () => {
    const card = (await listing('zh-Hans')).find((post) => post._id === CHINESE_ID)!
    expect(ids(card.categories)).toEqual(['category.acne-and-pores.zh-Hans', 'category.skin-care.zh-Hans'])
    expect(card.author?._id).toBe('person.alex-demo')
  })

  it('leaves the English cards as they were', async () => {
    const card = (await listing('en')).find((post) => post._id === ENGLISH_ID)!
    expect(ids(card.categories)).toEqual(['category.acne-and-pores', 'category.skin-care'])
  })
})

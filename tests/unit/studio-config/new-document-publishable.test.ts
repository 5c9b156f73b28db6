import {execFileSync} from 'node:child_process'
import path from 'node:path'

type Marker = {level: string; path: Array<string | number | {_key: string}>; message: string}
type Result = {initial: Record<string, unknown>; preview: {title?: string; subtitle?: string}; markers: Marker[]}
type Case = {type: string; fill: Record<string, unknown>; replace?: Record<string, unknown>}

const ROOT = path.resolve(__dirname, '../../..')

// One child process for all cases: loading the Studio package is the slow part.
function createAndValidate(cases: Case[]): Result[] {
  const out = execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(__dirname, 'support/new-document.ts'), JSON.stringify(cases)],
    {cwd: ROOT, encoding: 'utf8', timeout: 120_000},
  )
  return JSON.parse(out) as Result[]
}

const ref = (id: string, key?: string) => ({_type: 'reference', _ref: id, ...(key ? {_key: key} : {})})
const slug = (current: string) => ({_type: 'slug', current})
const paragraph = (text: string) => ({
  _type: 'block',
  _key: 'b1',
  style: 'normal',
  markDefs: [],
  children: [{_type: 'span', _key: 's1', text, marks: []}],
})
const uploaded = {asset: ref('image-3f2a9c0b1d-1200x800-jpg'), alt: 'A bottle of sunscreen on a bathroom shelf'}

// Only what an editor must fill to publish: no optional field is touched.
const EDITOR_INPUT: Record<string, Record<string, unknown>> = {
  post: {
    title: 'Caring for your skin after a chemical peel',
    slug: slug('caring-for-your-skin-after-a-chemical-peel'),
    excerpt: 'What to do in the first week after a chemical peel.',
    coverImage: uploaded,
    body: [paragraph('Use a gentle cleanser and put on sunscreen every morning.')],
    categories: [ref('category-skin-care', 'c1')],
    author: ref('person-writer'),
    medicalReviewer: ref('person-doctor'),
    lastReviewedAt: '2026-12-01',
  },
  treatment: {
    name: 'Chemical peel',
    slug: slug('chemical-peel'),
    summary: 'A solution of acids removes the outer layer of dead skin cells.',
    howPerformed: 'The doctor cleanses the skin and applies the solution for a few minutes.',
    whoItSuits: 'People with clogged pores or uneven texture.',
    preparation: 'Stop topical retinoids five days before.',
    downtime: '2 to 4 days of redness and flaking',
    risks: ['Redness'],
    sessions: '3 to 6 sessions, about 4 weeks apart',
    aftercare: 'Use sunscreen every day.',
    procedureType: 'NoninvasiveProcedure',
    reviewer: ref('person-doctor'),
    lastReviewedAt: '2026-12-01',
  },
  person: {name: 'Tan Wei Ling', slug: slug('tan-wei-ling'), role: 'Resident doctor'},
  category: {title: 'Skin care', slug: slug('skin-care')},
  page: {
    title: 'How we write and review our articles',
    slug: slug('editorial-policy'),
    body: [paragraph('A doctor reviews every article before it is published.')],
    lastUpdatedAt: '2026-12-01',
  },
}
const TYPES = Object.keys(EDITOR_INPUT)

// The shape every new post and treatment had in the lake: initial values of nested fields made
// the objects, with no image in them.
const emptySocialImage = {seo: {_type: 'seo', image: {_type: 'accessibleImage', depictsPatientResult: false}}}

const errors = (result: Result) => result.markers.filter((m) => m.level === 'error')
const at = (result: Result, ...segments: string[]) =>
  result.markers.filter((m) => segments.every((segment, i) => m.path[i] === segment))

// Objects an empty form holds that carry no content: an image without a picture, a price without an amount.
function halfObjects(value: unknown, where = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => halfObjects(item, `${where}[${i}]`))
  if (typeof value !== 'object' || value === null) return []
  const record = value as Record<string, unknown>
  const own = record._type === 'accessibleImage' && !record.asset ? [where] : where.endsWith('price') && record.amount === undefined ? [where] : []
  return [...own, ...Object.entries(record).flatMap(([key, child]) => halfObjects(child, where ? `${where}.${key}` : key))]
}

let results: Result[]
let saved: Result[]
let checks: Result[]
beforeAll(() => {
  const all = createAndValidate([
    ...TYPES.map((type) => ({type, fill: EDITOR_INPUT[type]!})),
    // Drafts created before this was fixed still hold the empty social image.
    {type: 'post', fill: EDITOR_INPUT.post!, replace: {...emptySocialImage, publishedAt: '2026-12-06T09:53:14.794Z', showDisclaimer: true}},
    {type: 'treatment', fill: EDITOR_INPUT.treatment!, replace: {...emptySocialImage, coverImage: {_type: 'accessibleImage', depictsPatientResult: false}, price: {includesGst: true}}},
    // An image that is there still needs its alternative text; a required one needs a picture.
    {type: 'post', fill: {...EDITOR_INPUT.post!, seo: {image: {asset: uploaded.asset}}}},
    {type: 'post', fill: {...EDITOR_INPUT.post!, coverImage: {_type: 'accessibleImage', depictsPatientResult: false, alt: 'A face'}}},
    {type: 'post', fill: {...EDITOR_INPUT.post!, body: [paragraph('Use sunscreen.'), {_type: 'accessibleImage', _key: 'img1', depictsPatientResult: false}]}},
    {type: 'person', fill: {...EDITOR_INPUT.person!, photo: {asset: uploaded.asset, alt: ''}}},
    {type: 'treatment', fill: {...EDITOR_INPUT.treatment!, price: {unit: 'per session'}}},
    // Late evening in UTC is the next morning in Singapore.
    {type: 'post', fill: {...EDITOR_INPUT.post!, publishedAt: '2026-11-06T20:15:00.000Z'}},
  ])
  results = all.slice(0, TYPES.length)
  saved = all.slice(TYPES.length, TYPES.length + 2)
  checks = all.slice(TYPES.length + 2)
}, 150_000)

test.each(TYPES)('a new %s with only what an editor must fill has nothing blocking Publish', (type) => {
  const result = results[TYPES.indexOf(type)]!
  expect(errors(result).map((m) => [m.path.join('.'), m.message])).toEqual([])
})

test.each(TYPES)('a new %s form creates no empty image or price objects', (type) => {
  expect(halfObjects(results[TYPES.indexOf(type)]!.initial)).toEqual([])
})

test('an empty social image saved by an older form asks for nothing', () => {
  for (const result of saved) {
    expect(at(result, 'seo')).toEqual([])
    expect(errors(result)).toEqual([])
  }
})

test('an image that is set still needs its alternative text', () => {
  expect(at(checks[0]!, 'seo', 'image', 'alt').map((m) => m.level)).toEqual(['error'])
  expect(at(checks[3]!, 'photo', 'alt').map((m) => m.level)).toEqual(['error'])
})

test('a required image needs a picture, not only its settings', () => {
  expect(errors(checks[1]!).map((m) => m.path)).toEqual([['coverImage']])
  expect(errors(checks[1]!)[0]!.message).toMatch(/image/i)
})

test('an image block in the body without a picture asks for one', () => {
  expect(errors(checks[2]!).map((m) => m.path)).toEqual([['body', {_key: 'img1'}]])
})

test('a price needs its amount once any part of it is filled', () => {
  expect(errors(checks[4]!).map((m) => m.path)).toEqual([['price', 'amount']])
})

test('post lists show the publishing day as editors write it, in Singapore time', () => {
  expect(saved[0]!.preview).toEqual({title: EDITOR_INPUT.post!.title, subtitle: '6 Dec 2026'})
  expect(checks[5]!.preview.subtitle).toBe('7 Nov 2026')
})

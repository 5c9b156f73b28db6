import {execFileSync} from 'node:child_process'
import path from 'node:path'
import {acknowledgementFor, checkDocument} from '@/lib/compliance'

type Marker = {level: string; path: unknown[]; message: string}

const ROOT = path.resolve(__dirname, '../../..')

// One child process for all documents: loading the Studio package is the slow part.
function validateInStudio(docs: object[]): Marker[][] {
  const out = execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      path.join(__dirname, 'support/studio-validate.ts'),
      JSON.stringify(docs),
    ],
    {cwd: ROOT, encoding: 'utf8', timeout: 60000},
  )
  const results = JSON.parse(out) as Marker[][]
  // Leave out the schema's own "Required" markers for fields these test documents omit.
  return results.map((markers) => markers.filter((m) => !/^(Required|Choose a cover image\.)$/.test(m.message)))
}

const offer = {
  _id: 'drafts.p1',
  _type: 'post',
  title: 'Can you close pores permanently?',
  excerpt: 'Laser toning from $99.',
  body: [
    {
      _type: 'block',
      _key: 'b1',
      style: 'normal',
      markDefs: [],
      children: [{_type: 'span', _key: 's1', text: 'Our patients love it.', marks: []}],
    },
  ],
}
const truthful = {
  _id: 'drafts.p2',
  _type: 'post',
  title: 'Can you close pores permanently?',
  excerpt: 'Pores cannot be closed permanently.',
}
const truthfulAcknowledged = {
  ...truthful,
  complianceAcknowledgements: checkDocument(truthful).map((finding, i) => ({
    _key: `a${i}`,
    ...acknowledgementFor(finding, 'Truthful: pores cannot be closed permanently.'),
  })),
}
const treatmentWithBrand = {
  _id: 'drafts.t1',
  _type: 'treatment',
  name: 'Botox for frown lines',
  risks: ['Bruising'],
}
const editedAfterAcknowledging = {
  ...truthfulAcknowledged,
  excerpt: 'Pores can be closed permanently.',
}

const bookNow = {
  _id: 'drafts.p3',
  _type: 'post',
  title: 'A neutral title',
  excerpt: 'A neutral excerpt.',
  body: [
    {
      _type: 'block',
      _key: 'b1',
      style: 'normal',
      markDefs: [],
      children: [{_type: 'span', _key: 's1', text: 'Book now and get 50% off.', marks: []}],
    },
  ],
}
const deviceBrandOnly = {...bookNow, _id: 'drafts.p4', body: [{...bookNow.body[0], children: [{_type: 'span', _key: 's1', text: 'We use a PicoSure laser.', marks: []}]}]}
const personWithTitle = {_id: 'drafts.person.x', _type: 'person', name: 'Dr X', role: 'Aesthetic physician', slug: {current: 'dr-x'}}
const categorySlug = {_id: 'drafts.category.x', _type: 'category', title: 'Lasers', slug: {current: 'best-laser-clinic'}}

const unreviewedLink = {
  ...bookNow,
  _id: 'drafts.p5',
  body: [
    {...bookNow.body[0], _key: 'b0', children: [{_type: 'span', _key: 's0', text: 'Sun care matters.', marks: []}]},
    {
      _type: 'block',
      _key: 'b2',
      style: 'normal',
      markDefs: [{_type: 'link', _key: 'l1', href: 'https://brand.example.com/serum', reviewed: false}],
      children: [
        {_type: 'span', _key: 's1', text: 'See the ', marks: []},
        {_type: 'span', _key: 's2', text: 'serum page', marks: ['l1']},
        {_type: 'span', _key: 's3', text: ' for details.', marks: []},
      ],
    },
  ],
}

let results: Marker[][]
beforeAll(() => {
  results = validateInStudio([
    offer,
    truthful,
    truthfulAcknowledged,
    treatmentWithBrand,
    editedAfterAcknowledging,
    bookNow,
    deviceBrandOnly,
    personWithTitle,
    categorySlug,
    unreviewedLink,
  ])
})

test('"Book now and get 50% off" in a body is an error that blocks Publish', () => {
  expect(results[5]!.map((m) => [m.level, m.path])).toEqual([
    ['error', ['body', {_key: 'b1'}]],
    ['error', ['body', {_key: 'b1'}]],
  ])
  expect(results[5]!.map((m) => m.message).join(' ')).toMatch(/reg 15/)
})

test('device brand names are warnings that do not block Publish', () => {
  expect(results[6]!.map((m) => m.level)).toEqual(['warning'])
})

test('people and categories are checked, slugs included', () => {
  // Sanity's own slug uniqueness check cannot run without a dataset here; leave its marker out.
  const compliance = (markers: Marker[]) => markers.filter((m) => / reg |Medical Council/.test(m.message))
  expect(compliance(results[7]!).map((m) => [m.level, m.path])).toEqual([['error', ['role']]])
  expect(compliance(results[8]!).map((m) => [m.level, m.path])).toEqual([['error', ['slug', 'current']]])
})

test('Sanity validation shows errors and warnings on the fields they were found in', () => {
  const markers = results[0]!
  expect(markers.map((m) => [m.level, m.path])).toEqual(
    expect.arrayContaining([
      ['error', ['excerpt']],
      ['error', ['body', {_key: 'b1'}]],
      // A question title is an acknowledgeable warning, but title warnings block Publish until acknowledged.
      ['error', ['title']],
    ]),
  )
  expect(markers).toHaveLength(3)
  const price = markers.find((m) => m.path[0] === 'excerpt')
  expect(price?.message).toMatch(/price wording/)
  expect(price?.message).toMatch(/reg 15/)
})

test('blocking warnings are error markers until acknowledged; acknowledged ones produce no marker', () => {
  expect(results[1]!.map((m) => m.level)).toEqual(['error', 'error'])
  expect(results[1]!.every((m) => /Publishing is blocked until an editor acknowledges/.test(m.message))).toBe(true)
  expect(results[2]).toEqual([])
})

test('treatments are validated too, and prescription brands are errors', () => {
  expect(results[3]!.map((m) => [m.level, m.path])).toEqual([['error', ['name']]])
})

test('after an edit the warning returns and the stale acknowledgement is flagged on its entry', () => {
  expect(results[4]!.map((m) => [m.level, m.path])).toEqual(
    expect.arrayContaining([
      // "can be closed permanently" is a plain guarantee now: an error.
      ['error', ['excerpt']],
      ['warning', ['complianceAcknowledgements', {_key: 'a1'}]],
    ]),
  )
  expect(results[4]).toHaveLength(2)
})

test('markers speak plainly: where in words, no rule ids or fingerprints', () => {
  const all = results.flat().filter((m) => !m.message.startsWith('Readability:'))
  expect(all.length).toBeGreaterThan(10)
  for (const marker of all) {
    expect(marker.message).not.toMatch(/fingerprint|[0-9a-f]{16}|_key|\b[a-z]+(-[a-z]+)+\b,|\(unreviewed-link|\(superlative/)
  }
  const offerMessages = results[0]!.map((m) => m.message)
  expect(offerMessages).toEqual(expect.arrayContaining([expect.stringMatching(/Where: Body, paragraph 1\. Source: HCSA/)]))
  expect(offerMessages).toEqual(expect.arrayContaining([expect.stringMatching(/Where: Excerpt\./)]))
})

test("an unreviewed link's marker sits on its paragraph and names the link", () => {
  const [link] = results[9]!.filter((m) => /link/i.test(m.message))
  expect(link).toMatchObject({level: 'warning', path: ['body', {_key: 'b2'}]})
  expect(link!.message).toMatch(/Where: Body, paragraph 2, link “serum page”\./)
  expect(link!.message).not.toMatch(/Mark definitions|markDefs|External link/)
})

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
  return results.map((markers) => markers.filter((m) => !/^Required$/.test(m.message)))
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

let results: Marker[][]
beforeAll(() => {
  results = validateInStudio([
    offer,
    truthful,
    truthfulAcknowledged,
    treatmentWithBrand,
    editedAfterAcknowledging,
  ])
})

test('Sanity validation shows errors and warnings on the fields they were found in', () => {
  const markers = results[0]!
  expect(markers.map((m) => [m.level, m.path])).toEqual(
    expect.arrayContaining([
      ['error', ['excerpt']],
      ['error', ['body', {_key: 'b1'}]],
      ['warning', ['title']],
    ]),
  )
  expect(markers).toHaveLength(3)
  const price = markers.find((m) => m.path[0] === 'excerpt')
  expect(price?.message).toMatch(/price wording/)
  expect(price?.message).toMatch(/reg 15/)
})

test('warnings show until acknowledged; acknowledged ones produce no marker', () => {
  expect(results[1]!.map((m) => m.level)).toEqual(['warning', 'warning'])
  expect(results[2]).toEqual([])
})

test('treatments are validated too, and prescription brands are errors', () => {
  expect(results[3]!.map((m) => [m.level, m.path])).toEqual([['error', ['name']]])
})

test('after an edit the warning returns and the stale acknowledgement is flagged on its entry', () => {
  expect(results[4]!.map((m) => [m.level, m.path])).toEqual(
    expect.arrayContaining([
      ['warning', ['excerpt']],
      ['warning', ['complianceAcknowledgements', {_key: 'a1'}]],
    ]),
  )
  expect(results[4]).toHaveLength(2)
})

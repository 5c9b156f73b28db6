import fs from 'node:fs'
import path from 'node:path'
import {checkDocument, isPublishedId, LINTED_TYPES, publishBlock, type CheckableDocument} from '@/lib/compliance'
import {measureReadability, readabilityTargetsFrom} from '@/lib/compliance/readability'

// The starter content after its medical review: the corrections stay made, every
// published document meets the readability targets, and the pore guide keeps its Key points box.
const SNAPSHOT = path.resolve(__dirname, '../../../sanity/dataset/data.ndjson')
const docs = fs
  .readFileSync(SNAPSHOT, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as CheckableDocument & {_id: string})
const published = docs.filter(
  (doc) => isPublishedId(doc._id) && (LINTED_TYPES as readonly unknown[]).includes(doc._type),
)
const byId = new Map(docs.map((doc) => [doc._id, doc]))
const allText = (id: string) => JSON.stringify(byId.get(id))

test.each(published.map((doc) => [doc._id, doc] as const))('%s meets the readability targets', (_id, doc) => {
  const targets = readabilityTargetsFrom(byId.get('clinicSettings'))
  const report = measureReadability(doc, targets)
  expect({grade: report.grade <= targets.maxGrade, paragraphs: report.longestParagraphWords <= targets.maxParagraphWords}).toEqual({
    grade: true,
    paragraphs: true,
  })
})

test('the pore guide has a Key points callout near the top, with a truthful acknowledgeable warning kept', () => {
  const guide = byId.get('post.can-you-close-pores-permanently')!
  const body = guide.body as Array<{_type: string; title?: string}>
  const index = body.findIndex((block) => block._type === 'callout' && block.title === 'Key points')
  expect(index).toBeGreaterThanOrEqual(0)
  expect(index).toBeLessThan(4)
  const complianceAcknowledgements = guide.complianceAcknowledgements as Array<{match: string}>
  expect(complianceAcknowledgements.map((ack) => ack.match)).toContain('permanently')
  // With the acknowledgements removed, the truthful denial is a warning that blocks until acknowledged.
  const unacknowledged = checkDocument({...guide, complianceAcknowledgements: []})
  const denial = unacknowledged.find((f) => /cannot be closed permanently/.test(f.sentence))
  expect(denial && [denial.severity, publishBlock(denial)]).toEqual(['warning', 'until-acknowledged'])
})

test('medical corrections stay made', () => {
  const all = docs.filter((doc) => isPublishedId(doc._id)).map((doc) => JSON.stringify(doc)).join('\n')
  expect(all).not.toMatch(/Pores have no muscle/)
  expect(all).not.toMatch(/acne medicine by mouth\b(?! ?\))/)
  expect(all).not.toMatch(/carry oil and sweat|sebum and sweat to the surface/)
  expect(allText('post.sunscreen-in-a-tropical-climate')).toMatch(/half a teaspoon/)
  expect(allText('clinicSettings')).toMatch(/No treatment result is guaranteed/)
  const laser = byId.get('treatment.fractional-laser-resurfacing') as CheckableDocument & {procedureType: string}
  expect(laser.procedureType).toBe('PercutaneousProcedure')
  expect(allText('treatment.fractional-laser-resurfacing')).toMatch(/melasma[\s\S]*vitiligo/)
  expect(allText('treatment.fractional-laser-resurfacing')).toMatch(/pinkness that can last several weeks/i)
  expect(allText('treatment.chemical-peel')).toMatch(/allergic to salicylates/)
  expect(all).not.toMatch(/applied and timed by trained staff/)
  expect(allText('treatment.microneedling')).toMatch(/sterile products made for freshly needled skin/)
  expect(allText('treatment.medical-extraction-facial')).toMatch(/Scarring, which is rare/)
})

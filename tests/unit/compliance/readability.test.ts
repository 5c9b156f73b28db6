import {measureReadability, readabilityTargetsFrom} from '@/lib/compliance/readability'
import {block, postWithBody} from './helpers'

const plain = 'Wash your face at night. Use a mild cleanser. Pat it dry. Wear sunscreen in the day.'
const dense =
  'Comedogenic formulations characteristically precipitate follicular hyperkeratinisation, consequently exacerbating the visibility of dilated infundibular ostia in seborrhoeic individuals.'

test('plain short sentences score a low grade and meet the default targets', () => {
  const report = measureReadability(postWithBody(block(plain)))
  expect(report.sentences).toBe(4)
  expect(report.grade).toBeLessThan(5)
  expect(report.meetsTargets).toBe(true)
  expect(report.issues).toEqual([])
})

test('dense jargon misses the grade target and is reported', () => {
  const report = measureReadability(postWithBody(block(dense)))
  expect(report.grade).toBeGreaterThan(8)
  expect(report.meetsTargets).toBe(false)
  expect(report.issues.map((i) => i.kind)).toContain('grade')
})

test('a paragraph over the word target is flagged on its block; headings are not body text', () => {
  const long = Array.from({length: 12}, () => 'Rinse the cleanser off with lukewarm water now.').join(' ')
  const doc = postWithBody({...block('A heading that is not counted'), style: 'h2'}, {...block(long), _key: 'p1'})
  const report = measureReadability(doc)
  expect(report.words).toBe(96)
  expect(report.issues.find((i) => i.kind === 'long-paragraph')?.pathSegments).toEqual(['body', {_key: 'p1'}])
})

test('targets come from Clinic settings, with defaults for missing or bad values', () => {
  expect(
    readabilityTargetsFrom({readabilityTargets: {maxGrade: 6, maxParagraphWords: 'x', maxChineseUncommonPercent: 3}}),
  ).toEqual({
    maxGrade: 6,
    maxParagraphWords: 80,
    maxSentenceWords: 25,
    maxChineseSentenceCharacters: 30,
    maxChineseUncommonPercent: 3,
  })
  const strict = measureReadability(postWithBody(block(plain)), {
    ...readabilityTargetsFrom(undefined),
    maxGrade: 8,
    maxParagraphWords: 10,
    maxSentenceWords: 25,
  })
  expect(strict.meetsTargets).toBe(false)
})

import {execFileSync} from 'node:child_process'
import path from 'node:path'

// Sanity's own validateDocument over the real schema: readability shows beside the compliance
// findings as warning markers, with the targets read from Clinic settings.
type Marker = {level: string; path: unknown[]; message: string}

const ROOT = path.resolve(__dirname, '../../..')

function validateInStudio(docs: object[], settings: object | null): Marker[][] {
  const out = execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      path.join(ROOT, 'tests/unit/compliance/support/studio-validate.ts'),
      JSON.stringify(docs),
      JSON.stringify(settings),
    ],
    {cwd: ROOT, encoding: 'utf8', timeout: 60000},
  )
  return (JSON.parse(out) as Marker[][]).map((markers) => markers.filter((m) => m.message.startsWith('Readability:')))
}

const sentence = 'Rinse the cleanser off with lukewarm water and pat your face dry.'
const longParagraph = Array.from({length: 8}, () => sentence).join(' ') // 96 words
const post = {
  _id: 'drafts.r1',
  _type: 'post',
  title: 'A neutral title',
  excerpt: 'A neutral excerpt.',
  body: [
    {
      _type: 'block',
      _key: 'long',
      style: 'normal',
      markDefs: [],
      children: [{_type: 'span', _key: 's1', text: longParagraph, marks: []}],
    },
  ],
}

test('a paragraph over the default 80 words gets a readability warning on its block', () => {
  const [markers] = validateInStudio([post], null)
  expect(markers!.map((m) => [m.level, m.path])).toEqual([['warning', ['body', {_key: 'long'}]]])
  expect(markers![0]!.message).toMatch(/96 words \(target 80 or fewer\)/)
}, 60000)

test('the target set in Clinic settings applies', () => {
  const [markers] = validateInStudio([post], {readabilityTargets: {maxGrade: 8, maxParagraphWords: 120}})
  expect(markers).toEqual([])
}, 60000)

import {execFileSync} from 'node:child_process'
import path from 'node:path'

// Sanity's own validateDocument over the real schema: Chinese copy gets compliance markers
// through the same entry as English, and Chinese readability markers beside them.
type Marker = {level: string; path: unknown[]; message: string}

const ROOT = path.resolve(__dirname, '../../..')

function validateInStudio(docs: object[], settings: object | null): Marker[][] {
  const out = execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(__dirname, 'support/studio-validate.ts'), JSON.stringify(docs), JSON.stringify(settings)],
    {cwd: ROOT, encoding: 'utf8', timeout: 60000},
  )
  return JSON.parse(out) as Marker[][]
}

const LONG =
  '毛孔粗大通常与皮脂分泌旺盛、皮肤老化导致的弹性下降以及长期日晒造成的胶原流失等多种因素有关，因此医生在评估时会综合考虑您的年龄、肤质和生活习惯后再建议合适的方案。'
const post = (text: string) => ({
  _id: 'drafts.zh1',
  _type: 'post',
  title: '毛孔指南',
  excerpt: '了解毛孔变大的原因。',
  body: [{_type: 'block', _key: 'z1', style: 'normal', markDefs: [], children: [{_type: 'span', _key: 's1', text, marks: []}]}],
})

test('a Chinese offer is an error marker on its block, and a long Chinese sentence a readability warning', () => {
  const [offer, long] = validateInStudio(
    [post('本月预约享八折优惠。'), post(LONG)].map((doc, i) => ({...doc, _id: `drafts.zh${i}`})),
    null,
  )
  const compliance = offer!.filter((m) => /reg 15/.test(m.message))
  expect(compliance.length).toBeGreaterThan(0)
  expect(compliance.every((m) => m.level === 'error')).toBe(true)
  expect(compliance[0]!.path).toEqual(['body', {_key: 'z1'}])
  const readability = long!.filter((m) => m.message.startsWith('Readability:'))
  expect(readability.map((m) => m.level)).toEqual(['warning'])
  expect(readability[0]!.message).toMatch(/Chinese sentences average/)
}, 60000)

test('the Chinese targets set in Clinic settings apply', () => {
  const [markers] = validateInStudio([post(LONG)], {readabilityTargets: {maxChineseSentenceCharacters: 100}})
  expect(markers!.filter((m) => m.message.startsWith('Readability:'))).toEqual([])
}, 60000)

import {measureReadability, measureZhText, readabilityTargetsFrom, zhSentences} from '@/lib/compliance/readability'
import {COMMON_CHARACTERS} from '@/lib/compliance/readability/zh-common-characters'
import {block, postWithBody} from './helpers'

test('the common-character list holds 3,500 distinct Han characters, everyday ones included', () => {
  const chars = [...COMMON_CHARACTERS]
  expect(chars).toHaveLength(3500)
  expect(new Set(chars).size).toBe(3500)
  expect(chars.every((c) => /\p{Script=Han}/u.test(c))).toBe(true)
  for (const c of '的皮肤毛孔医生治疗') expect(COMMON_CHARACTERS).toContain(c)
})

test('sentence length counts Han characters and one unit per Latin word or number', () => {
  expect(zhSentences('毛孔会变大。我们使用 HydraFacial 清洁 2 次！')).toEqual([
    {text: '毛孔会变大。', characters: 5},
    {text: '我们使用 HydraFacial 清洁 2 次！', characters: 9},
  ])
  expect(zhSentences('No Chinese here.')).toEqual([])
})

test('average sentence length and the share of uncommon characters', () => {
  const report = measureZhText(['毛孔会变大。痤疮需要医生评估。'])!
  expect(report.sentences).toBe(2)
  expect(report.averageSentenceCharacters).toBe(6.5)
  // 痤 (as in 痤疮, acne) is outside the common list; everyday words are not.
  expect(report.uncommonCharacters).toContain('痤')
  expect(report.uncommonShare).toBeGreaterThan(0)
  expect(report.uncommonCharacters).not.toContain('医')
  expect(measureZhText(['Only English.'])).toBeUndefined()
})

const LONG_ZH =
  '毛孔粗大通常与皮脂分泌旺盛、皮肤老化导致的弹性下降以及长期日晒造成的胶原流失等多种因素有关，因此医生在评估时会综合考虑您的年龄、肤质和生活习惯后再建议合适的方案。'

test('Chinese issues against the Clinic settings targets, and English figures unchanged by Chinese text', () => {
  const targets = readabilityTargetsFrom(undefined)
  const zh = measureReadability(postWithBody({...block(LONG_ZH), _key: 'z1'}), targets, {hardSentences: false})
  expect(zh.words).toBe(0)
  expect(zh.chinese?.averageSentenceCharacters).toBeGreaterThan(30)
  expect(zh.issues.map((i) => i.kind)).toContain('zh-sentence-length')
  expect(zh.issues.find((i) => i.kind === 'zh-sentence-length')?.pathSegments).toEqual(['body'])
  expect(zh.meetsTargets).toBe(false)

  const relaxed = measureReadability(postWithBody(block(LONG_ZH)), {...targets, maxChineseSentenceCharacters: 100}, {hardSentences: false})
  expect(relaxed.issues.map((i) => i.kind)).not.toContain('zh-sentence-length')

  const english = 'Pores look larger when skin makes more oil. Sunscreen helps.'
  const plain = measureReadability(postWithBody(block(english)), targets, {hardSentences: false})
  const mixed = measureReadability(postWithBody(block(`${english} 毛孔会变大。`)), targets, {hardSentences: false})
  expect(mixed.words).toBe(plain.words)
  expect(mixed.grade).toBe(plain.grade)
  expect(plain.chinese).toBeUndefined()
  expect(mixed.chinese?.sentences).toBe(1)
})

test('uncommon characters over the target are named for the editor', () => {
  const text = '痤疮与粉刺。'
  const report = measureReadability(postWithBody(block(text)), readabilityTargetsFrom(undefined), {hardSentences: false})
  const issue = report.issues.find((i) => i.kind === 'zh-uncommon-characters')
  expect(issue?.message).toContain('痤')
})

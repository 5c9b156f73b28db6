import {fnv1a} from './corpus/held-out'
import {describeByKind, describeFigures, figures, score} from './corpus/metrics'
import {ZH_HELD_OUT_SENTENCES} from './corpus/zh-held-out-sentences'
import {ZH_FRESH_SENTENCES} from './corpus/zh-fresh-sentences'
import {ZH_SENTENCES} from './corpus/zh-sentences'

// The same targets as the English corpus (corpus-held-out.test.ts).
const TARGETS = {errorRecall: 0.95, overallRecall: 0.95, falseFlagRate: 0.05}
const SEED = 'zh-held-out-v1'
// The held-out pick was made over these; the fresh set came later and is development only.
const ALL = [...ZH_SENTENCES, ...ZH_HELD_OUT_SENTENCES]
const WHOLE = [...ALL, ...ZH_FRESH_SENTENCES]

describe('labelled corpus of Chinese clinic sentences', () => {
  test('has at least 150 distinct sentences, all of them Chinese, with about a fifth held out', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(150)
    expect(new Set(WHOLE.map(([, , text]) => text)).size).toBe(WHOLE.length)
    expect(WHOLE.every(([, , text]) => /\p{Script=Han}/u.test(text))).toBe(true)
    expect(ZH_HELD_OUT_SENTENCES.length / ALL.length).toBeGreaterThan(0.15)
    expect(ZH_HELD_OUT_SENTENCES.length / ALL.length).toBeLessThan(0.25)
  })

  test('the held-out sentences are exactly the ones the documented procedure picks', () => {
    const hash = (text: string) => fnv1a(`${SEED}\u0000${text}`)
    const groups = new Map<string, string[]>()
    for (const [label, kind, text] of ALL) groups.set(`${label}/${kind}`, [...(groups.get(`${label}/${kind}`) ?? []), text])
    const picked = [...groups.values()].flatMap((texts) =>
      [...texts].sort((a, b) => hash(a) - hash(b)).slice(0, Math.round(texts.length / 5)),
    )
    expect(ZH_HELD_OUT_SENTENCES.map(([, , t]) => t).sort()).toEqual(picked.sort())
  })

  // The held-out part has only eight compliant sentences, so one false flag is 12.5%: its false
  // flags are printed and reported, and the false-flag target is enforced on the whole corpus.
  test('held-out sentences meet the recall targets', () => {
    const scored = score(ZH_HELD_OUT_SENTENCES)
    const result = figures(scored)
    // Printed so CI logs carry the figures the README quotes.
    console.log(`${describeFigures('zh held-out', result)}\n${describeByKind(scored)}`)
    expect(result.errorRecall).toBeGreaterThanOrEqual(TARGETS.errorRecall)
    expect(result.overallRecall).toBeGreaterThanOrEqual(TARGETS.overallRecall)
    expect(result.falseFlags.length).toBeLessThanOrEqual(1)
  })

  test('the whole corpus meets the same targets', () => {
    const result = figures(score(WHOLE))
    console.log(describeFigures('zh whole', result))
    expect(result.errorRecall).toBeGreaterThanOrEqual(TARGETS.errorRecall)
    expect(result.overallRecall).toBeGreaterThanOrEqual(TARGETS.overallRecall)
    expect(result.falseFlagRate).toBeLessThanOrEqual(TARGETS.falseFlagRate)
  })
})

import {ALL_SENTENCES, DEVELOPMENT, HELD_OUT, NEW_COPY_SEED, OLD_SEED, seededHash} from './corpus/held-out'
import {HELD_OUT_NEW_COPY, HELD_OUT_ORIGINAL} from './corpus/held-out-sentences'
import {LABELLED_SENTENCES} from './corpus/labelled-sentences'
import {describeByKind, describeFigures, figures, score} from './corpus/metrics'
import {NEW_COPY_SENTENCES} from './corpus/new-copy-sentences'

// Targets measured on the sentences kept out of development.
const TARGETS = {errorRecall: 0.95, overallRecall: 0.95, falseFlagRate: 0.05}

describe('labelled corpus of Singapore clinic sentences', () => {
  test('is large enough, has no duplicates, and the held-out share is about a fifth', () => {
    expect(ALL_SENTENCES.length).toBeGreaterThanOrEqual(450)
    expect(HELD_OUT.length / ALL_SENTENCES.length).toBeGreaterThan(0.15)
    expect(HELD_OUT.length / ALL_SENTENCES.length).toBeLessThan(0.25)
    expect(new Set(ALL_SENTENCES.map(([, , text]) => text)).size).toBe(ALL_SENTENCES.length)
  })

  test('the held-out sentences are exactly the ones the documented procedure picks', () => {
    const original = [...LABELLED_SENTENCES, ...HELD_OUT_ORIGINAL].map(([, , text]) => text)
    expect(HELD_OUT_ORIGINAL.map(([, , t]) => t).sort()).toEqual(
      original.filter((text) => seededHash(OLD_SEED, text) % 5 === 0).sort(),
    )
    const newCopy = [...NEW_COPY_SENTENCES, ...HELD_OUT_NEW_COPY]
    const picked: string[] = []
    for (const kind of new Set(newCopy.map(([, k]) => k))) {
      const ofKind = newCopy.filter(([, k]) => k === kind).map(([, , t]) => t)
      ofKind.sort((a, b) => seededHash(NEW_COPY_SEED, a) - seededHash(NEW_COPY_SEED, b))
      picked.push(...ofKind.slice(0, Math.ceil(ofKind.length / 5)))
    }
    expect(HELD_OUT_NEW_COPY.map(([, , t]) => t).sort()).toEqual(picked.sort())
    expect(DEVELOPMENT.some(([, , t]) => HELD_OUT.some(([, , h]) => h === t))).toBe(false)
  })

  test('held-out sentences meet the recall and false-flag targets', () => {
    const result = figures(score(HELD_OUT))
    // Printed so CI logs carry the figures the README quotes.
    console.log(`${describeFigures('held-out', result)}\n${describeByKind(score(HELD_OUT))}`)
    expect(result.errorRecall).toBeGreaterThanOrEqual(TARGETS.errorRecall)
    expect(result.overallRecall).toBeGreaterThanOrEqual(TARGETS.overallRecall)
    expect(result.falseFlagRate).toBeLessThanOrEqual(TARGETS.falseFlagRate)
  })

  test('development sentences meet the same targets', () => {
    const result = figures(score(DEVELOPMENT))
    console.log(describeFigures('development', result))
    expect(result.errorRecall).toBeGreaterThanOrEqual(TARGETS.errorRecall)
    expect(result.overallRecall).toBeGreaterThanOrEqual(TARGETS.overallRecall)
    expect(result.falseFlagRate).toBeLessThanOrEqual(TARGETS.falseFlagRate)
  })
})

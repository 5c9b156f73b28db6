import {DEVELOPMENT, HELD_OUT} from './corpus/held-out'
import {LABELLED_SENTENCES} from './corpus/labelled-sentences'
import {describeFigures, figures, score} from './corpus/metrics'

// The targets, measured on the fifth of the labelled corpus kept out of development.
const TARGETS = {errorRecall: 0.95, overallRecall: 0.9, falseFlagRate: 0.05}

describe('labelled corpus (331 Singapore clinic sentences)', () => {
  test('is large enough and the held-out fifth is about a fifth', () => {
    expect(LABELLED_SENTENCES.length).toBeGreaterThanOrEqual(300)
    expect(HELD_OUT.length / LABELLED_SENTENCES.length).toBeGreaterThan(0.15)
    expect(HELD_OUT.length / LABELLED_SENTENCES.length).toBeLessThan(0.25)
    expect(new Set(LABELLED_SENTENCES.map(([, , text]) => text)).size).toBe(LABELLED_SENTENCES.length)
  })

  test('held-out fifth meets the recall and false-flag targets', () => {
    const result = figures(score(HELD_OUT))
    // Printed so CI logs carry the figures the README quotes.
    console.log(describeFigures('held-out', result))
    expect(result.errorRecall).toBeGreaterThanOrEqual(TARGETS.errorRecall)
    expect(result.overallRecall).toBeGreaterThanOrEqual(TARGETS.overallRecall)
    expect(result.falseFlagRate).toBeLessThanOrEqual(TARGETS.falseFlagRate)
  })

  test('development folds meet the same targets', () => {
    const result = figures(score(DEVELOPMENT))
    console.log(describeFigures('development', result))
    expect(result.errorRecall).toBeGreaterThanOrEqual(TARGETS.errorRecall)
    expect(result.overallRecall).toBeGreaterThanOrEqual(TARGETS.overallRecall)
    expect(result.falseFlagRate).toBeLessThanOrEqual(TARGETS.falseFlagRate)
  })
})

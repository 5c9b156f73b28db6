import {checkDocument, type Finding} from '@/lib/compliance'
import {postWithText} from './helpers'

// The rules read from sentence structure, on wording that appears in no rule and no corpus
// sentence: [sentence, rule, severity] for what must be found, [sentence] for what must pass.
const advertising = (findings: Finding[]) => findings.filter((f) => f.ruleId !== 'claim-needs-source')
const found = (text: string) => advertising(checkDocument(postWithText(text))).map((f) => [f.ruleId, f.severity])

describe('sentence structure', () => {
  test.each([
    ['Say hello to pores that stay small for years.', 'guarantee', 'error'],
    ['Your acne will never return after our programme.', 'guarantee', 'error'],
    ['Results that stand the test of time.', 'guarantee', 'error'],
    ['Enjoy a lifetime of clear skin.', 'guarantee', 'error'],
    ['Erase your acne scars completely with fractional laser.', 'guarantee', 'error'],
    ['Our facial banishes every single blackhead.', 'guarantee', 'error'],
    ['Our laser removes the whole scar in one visit.', 'guarantee', 'error'],
    ['A-listers rely on our signature peel.', 'testimonial', 'error'],
    ['Doctors everywhere trust our microneedling.', 'testimonial', 'error'],
    ['The silkiest skin you have ever had.', 'superlative', 'warning'],
    ['Reveal your dewiest complexion.', 'superlative', 'warning'],
    ['See a clearer complexion within 72 hours.', 'unjustified-expectation', 'warning'],
    ['Radiant skin by Monday.', 'unjustified-expectation', 'warning'],
    ["After her second peel, Grace's pigmentation had lightened and she stopped using concealer.", 'patient-story', 'error'],
    ['He used to hide behind a mask; now he smiles in every photo.', 'patient-story', 'error'],
    ['Anna was thrilled with how her skin looked.', 'patient-story', 'error'],
  ] as const)('%s -> %s %s', (text, rule, severity) => {
    expect(found(text)).toContainEqual([rule, severity])
  })

  test.each([
    'Gift yourself an hour of quiet.',
    'Acne may return once you stop treatment.',
    'Results can last up to a year.',
    'Retinoids are the most studied ingredient for ageing skin.',
    'Melasma is the hardest pigment problem to treat.',
    'Redness settles by tomorrow.',
    'Dr Lim has treated acne for 15 years.',
    'Pore strips, facial steaming and ice rolling all promise smaller-looking pores in minutes.',
    'Procedures aimed at pores should be carried out by licensed doctors using approved products and devices.',
    'Dermatologists recommend sunscreen every day, even on cloudy days.',
    'A comedone extractor clears the top of a blackhead, not all of it.',
    'Peels remove some of the dead skin, never quite all of the build-up in a pore.',
  ])('%s passes', (text) => {
    expect(found(text)).toEqual([])
  })

  test('a gift offered as a noun is still a promotion', () => {
    expect(found('A gift awaits you at your first visit.')).toContainEqual(['promotion', 'error'])
  })

  test('a denied removal is a warning to acknowledge, a patient story is an error even when negated', () => {
    expect(found('No laser can erase every scar completely.')).toEqual([['guarantee', 'warning']])
    expect(found('Mei Ling no longer hides her acne scars.')).toContainEqual(['patient-story', 'error'])
  })
})

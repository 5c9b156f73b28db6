import {checkDocument} from '@/lib/compliance'
import {splitSentences} from '@/lib/compliance/sentences'
import {postWithText} from './helpers'

const contextOf = (sentence: string) =>
  checkDocument(postWithText(sentence)).map((f) => [f.ruleId, f.severity, f.context, f.match])

describe('negation and questions', () => {
  test.each([
    ['Results are not instant.', [['unjustified-expectation', 'warning', 'negated', 'instant']]],
    ['Permanent closure is a myth.', [['guarantee', 'warning', 'negated', 'Permanent']]],
    ['A permanent fix does not exist.', [['guarantee', 'warning', 'negated', 'permanent']]],
    ['Is a chemical peel painless?', [['unjustified-expectation', 'warning', 'question', 'painless']]],
    [
      "We can't promise miracles, but our results are permanent.",
      [
        ['superlative', 'warning', 'negated', 'miracles'],
        ['guarantee', 'error', 'plain', 'permanent'],
      ],
    ],
    [
      'Not only 20% off, but a free facial too.',
      [
        ['promotion', 'error', 'plain', '20% off'],
        ['promotion', 'error', 'plain', 'free facial'],
      ],
    ],
    [
      'Not just a discount: a free gift.',
      [
        ['promotion', 'error', 'plain', 'discount'],
        ['promotion', 'error', 'plain', 'free gift'],
      ],
    ],
    [
      'We never show before-and-after photos.',
      [['patient-result-wording', 'warning', 'negated', 'before-and-after photos']],
    ],
    ['Do you offer discounts?', [['promotion', 'error', 'question', 'discounts']]],
    ['We do not use Botox.', [['prescription-brand', 'error', 'negated', 'Botox']]],
    // Selling idioms look like denials but are not: the promotion or guarantee stays an error.
    ["Don't wait: 20% off until Sunday.", [['promotion', 'error', 'plain', '20% off']]],
    [
      'There has never been a better time to get 20% off.',
      [['promotion', 'error', 'plain', '20% off']],
    ],
    [
      'There is no better way to close pores permanently.',
      [['guarantee', 'error', 'plain', 'permanently']],
    ],
    ['Nothing beats a free facial.', [['promotion', 'error', 'plain', 'free facial']]],
    ["You won't find a better deal.", [['promotion', 'error', 'plain', 'deal']]],
    // A genuine question may be acknowledged; a selling question may not.
    ['Can you close pores permanently?', [['guarantee', 'warning', 'question', 'permanently']]],
    ['Want pores that stay small forever?', [['guarantee', 'error', 'plain', 'forever']]],
  ])('%s', (sentence, expected) => {
    expect(contextOf(sentence)).toEqual(expected)
  })

  test('a negation in an earlier sentence does not reach a later claim', () => {
    expect(contextOf('It is not cheap. Results are permanent.')).toEqual([
      ['guarantee', 'error', 'plain', 'permanent'],
    ])
  })
})

describe('sentence splitting', () => {
  const sentences = (text: string) => splitSentences(text).map((b) => text.slice(b.start, b.end).trim())

  test('splits on full stops, questions and line breaks, not abbreviations', () => {
    expect(sentences('Voted No. 1 by Dr. Tan, e.g. in 2024. Really? Yes!\nNext line')).toEqual([
      'Voted No. 1 by Dr. Tan, e.g. in 2024.',
      'Really?',
      'Yes!',
      'Next line',
    ])
  })

  test('keeps closing quotes with their sentence', () => {
    expect(sentences('"Is it permanent?" she asked. No.')).toEqual([
      '"Is it permanent?"',
      'she asked.',
      'No.',
    ])
  })
})

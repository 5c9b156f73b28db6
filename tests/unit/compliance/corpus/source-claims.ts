// Sentences labelled for the claim-needs-source rule, written by hand: `source` when the
// sentence states a figure or an effect as fact and should cite where it comes from; `none` when
// it does not (hedged advice, product strengths, prices, durations, counts of sessions).
export type SourceLabel = 'source' | 'none'

export const SOURCE_CLAIMS: ReadonlyArray<readonly [SourceLabel, string]> = [
  ['source', 'About 85% of people aged 12 to 24 get acne at some point.'],
  ['source', 'Daily sunscreen use cuts the risk of new sun spots.'],
  ['source', 'Studies show that azelaic acid fades post-acne marks.'],
  ['source', 'Research suggests retinoids thicken the outer layer of skin.'],
  ['source', 'Microneedling stimulates collagen in the deeper layers.'],
  ['source', 'One in five adults in Singapore has sensitive skin.'],
  ['source', 'Niacinamide reduces oil production in the T-zone.'],
  ['source', 'Our serum is clinically tested on Asian skin.'],
  ['source', 'Fractional laser improves the texture of rolling scars.'],
  ['source', 'Salicylic acid is proven to unclog pores.'],
  ['source', 'Smokers are 3 times more likely to develop deep wrinkles.'],
  ['source', 'Half of all patients with melasma see it return in summer.'],
  ['source', 'A trial found that vitamin C serum brightened dull skin.'],
  ['source', 'Chemical peels boost cell turnover.'],
  ['source', 'Regular sunscreen prevents most photoageing.'],
  ['none', 'Salicylic acid may help keep pores clear.'],
  ['none', 'A peel can help reduce the look of fine lines.'],
  ['none', 'Use a cleanser with 2% salicylic acid once a day.'],
  ['none', 'A chemical peel costs $180 per session.'],
  ['none', 'Most people need three to five sessions.'],
  ['none', 'The treatment takes 30 to 45 minutes.'],
  ['none', 'Wait at least four weeks between sessions.'],
  ['none', 'Does niacinamide reduce oil?'],
  ['none', 'Steam does not shrink pores.'],
  ['none', 'Numbing cream is applied to reduce discomfort.'],
  ['none', 'Your doctor may suggest medicine to reduce the chance of a flare.'],
  ['none', 'Apply SPF 50 sunscreen every morning.'],
  ['none', 'Results vary between patients.'],
  ['none', 'Reapply sunscreen every two hours outdoors.'],
  ['none', 'Choose a moisturiser that contains 5% urea for rough patches.'],
]

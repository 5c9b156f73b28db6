import {checkDocument, type Finding} from '@/lib/compliance'
import {postWithAlt, postWithText} from './helpers'

// Each sentence with the findings it must produce: [ruleId, severity, matched text].
// An empty list means the sentence must pass.
type Expected = Array<[string, Finding['severity'], string]>

const none: Expected = []

const BODY_CORPUS: Array<[string, Expected]> = [
  // Superlatives and prominence (warning)
  ['We are the best aesthetic clinic in Singapore.', [['superlative', 'warning', 'best']]],
  [
    'Voted No. 1 for skin care.',
    [
      ['social-proof', 'error', 'Voted'],
      ['superlative', 'warning', 'No. 1'],
    ],
  ],
  ['The number one choice for laser treatments.', [['superlative', 'warning', 'number one']]],
  ['A leading provider of chemical peels.', [['superlative', 'warning', 'leading']]],
  ['Our top-rated doctors will see you.', [['superlative', 'warning', 'top-rated']]],
  ['We use the most advanced lasers available.', [['superlative', 'warning', 'most advanced']]],
  [
    'A revolutionary, state-of-the-art approach.',
    [
      ['superlative', 'warning', 'revolutionary'],
      ['superlative', 'warning', 'state-of-the-art'],
    ],
  ],
  ['This miracle serum shrinks pores.', [['superlative', 'warning', 'miracle']]],
  ['Salicylic acid is the gold standard for clogged pores.', [['superlative', 'warning', 'gold standard']]],
  ['BEST RESULTS IN TOWN', [['superlative', 'warning', 'BEST']]],
  // Near misses for superlatives
  ['Kindness can bestow confidence on anxious patients.', none],
  ['It is best to patch-test a new product on the inner arm.', none],
  ['At best, steam loosens debris for a short while.', none],
  ['Over-exfoliating can damage the barrier, leading to irritation.', none],
  ['Sun exposure is the leading cause of collagen loss.', none],
  ['Exfoliation removes the top layer of dead skin cells.', none],
  ['Topical niacinamide may help; stop if it stings.', none],
  ['Use a non-comedogenic moisturiser on top of your serum.', none],
  // Guarantees, permanence, cure (warning; negated and question forms are still warnings)
  [
    'Permanent results are guaranteed.',
    [
      ['guarantee', 'error', 'Permanent'],
      ['guarantee', 'error', 'guaranteed'],
    ],
  ],
  ['This peel cures acne.', [['guarantee', 'error', 'cures']]],
  ['Get rid of blackheads once and for all.', [['guarantee', 'error', 'once and for all']]],
  ['Your pigmentation will be gone for good.', [['guarantee', 'error', 'for good']]],
  ['Pores cannot be closed permanently.', [['guarantee', 'warning', 'permanently']]],
  ['Can you close pores permanently?', [['guarantee', 'warning', 'permanently']]],
  [
    'There is no cure for large pores, only ways to make them less visible.',
    [['guarantee', 'warning', 'cure']],
  ],
  // Near misses for cure / guarantee
  ['Secure your appointment by phone.', none],
  ['A manicure and a pedicure are not medical treatments.', none],
  ['Curettage is a minor procedure.', none],
  ['Sunscreen is good for your skin.', none],
  // Unjustified expectations (warning)
  ['Enjoy instant results with this facial.', [['unjustified-expectation', 'warning', 'instant']]],
  ['See results in 3 days.', [['unjustified-expectation', 'warning', 'See results in 3 days']]],
  [
    'A painless, risk-free procedure.',
    [
      ['unjustified-expectation', 'warning', 'painless'],
      ['unjustified-expectation', 'warning', 'risk-free'],
    ],
  ],
  ['100% of patients see smaller pores.', [['unjustified-expectation', 'warning', '100%']]],
  ['There is no downtime after this laser.', [['unjustified-expectation', 'warning', 'no downtime']]],
  [
    'Flawless skin in just two sessions.',
    // One finding: the outcome and its time are one claim.
    [['unjustified-expectation', 'warning', 'Flawless skin in just two sessions']],
  ],
  ['Clinically proven to shrink pores.', [['unjustified-expectation', 'warning', 'Clinically proven']]],
  ['Most people see some redness for 2 to 4 days.', none],
  // Comparisons (warning)
  ['Unlike other clinics, we take time to listen.', [['comparison', 'warning', 'Unlike other clinics']]],
  [
    'Our peels are gentler than most salons offer.',
    [
      ['comparison', 'warning', 'gentler than most'],
      ['comparison', 'warning', 'salons'],
    ],
  ],
  ['Our competitors rush their patients.', [['comparison', 'warning', 'competitors']]],
  ['Gentle cleansing works better than harsh scrubbing.', none],
  // Testimonials and reviews (error)
  ['Read our patient reviews on Google.', [['testimonial', 'error', 'patient reviews']]],
  ['What our patients say about us.', [['testimonial', 'error', 'What our patients say']]],
  ['Our patients love the results.', [['testimonial', 'error', 'Our patients love']]],
  ['Rated 4.9 stars by hundreds.', [['testimonial', 'error', 'Rated 4.9 stars']]],
  [
    '\u201cMy skin has never looked clearer,\u201d says Jane, a patient.',
    [
      ['testimonial-quote', 'error', '\u201cMy skin has never looked clearer,\u201d'],
      ['patient-story', 'error', 'looked clearer,\u201d says Jane, a patient'],
    ],
  ],
  [
    'One patient told us: "I finally feel confident without makeup."',
    [
      ['patient-story', 'error', 'One patient told us'],
      ['testimonial-quote', 'error', '"I finally feel confident without makeup."'],
    ],
  ],
  [
    '"Best decision I ever made." - Mei Ling, 34',
    [
      ['testimonial-quote', 'error', '"Best decision I ever made."'],
      ['superlative', 'warning', 'Best'],
    ],
  ],
  ['We do not publish testimonials.', [['testimonial', 'warning', 'testimonials']]],
  ['"Pores are not doors," explains Dr Tan, our resident doctor.', none],
  ['Look for the words "won\u2019t clog pores" on the label.', none],
  ['Each post is medically reviewed by a doctor.', none],
  // Promotions and price wording (error)
  ['Enjoy 20% off your first peel.', [['promotion', 'error', '20% off']]],
  ['Book a free consultation today.', [['promotion', 'error', 'free consultation']]],
  ['A complimentary skin analysis with every facial.', [['promotion', 'error', 'complimentary']]],
  ['Limited-time offer: ends Sunday.', [['promotion', 'error', 'Limited-time']]],
  ['Ask about our 5-session packages.', [['promotion', 'error', '5-session packages']]],
  ['Laser toning from $99 per session.', [['price-wording', 'error', 'from $99']]],
  ['Prices as low as S$150.', [['price-wording', 'error', 'as low as']]],
  ['Prices start from S$1,200.', [['price-wording', 'error', 'Prices start from']]],
  ['Want 20% off? Book now!', [['promotion', 'error', '20% off']]],
  ['We do not offer discounts or packages.', [['promotion', 'warning', 'discounts']]],
  ['A chemical peel costs $180 per session, including GST.', none],
  // "free" as a product description, not an offer
  ['Choose a fragrance-free, oil-free moisturiser.', none],
  ['Choose an oil free, alcohol free toner.', none],
  ['A moisturiser helps lock in moisture.', none],
  ['Risks come with any treatment.', none],
  ['Free parking is available in the basement.', none],
  ['Use the amount recommended by the manufacturer.', none],
  ['Dr Tan holds membership of the Royal College of Physicians.', none],
  ['In a study of more than 300 patients, redness settled within a week.', none],
  ['Melasma appears on the cheeks and elsewhere.', none],
  ['Some patients felt stinging during the peel.', none],
  ['Antioxidants neutralise free radicals.', none],
  ['Feel free to ask our doctor questions.', none],
  ['Freedom from shine starts with cleansing.', none],
  ['The Health Promotion Board recommends sunscreen.', none],
  ['Starting from the forehead, the doctor applies the solution.', none],
  // Before/after wording (error in body only for photos)
  ['See our before-and-after photos.', [['patient-result-wording', 'error', 'before-and-after photos']]],
  ['Browse the before/after gallery.', [['patient-result-wording', 'error', 'before/after gallery']]],
  ['Avoid retinoids before and after the peel.', none],
  // Prescription-only medicines
  ['We offer Botox for frown lines.', [['prescription-brand', 'error', 'Botox']]],
  [
    'Dysport\u00ae and Xeomin are toxin brands.',
    [
      ['prescription-brand', 'error', 'Dysport'],
      ['prescription-brand', 'error', 'Xeomin'],
    ],
  ],
  ['We do not stock Roaccutane.', [['prescription-brand', 'error', 'Roaccutane']]],
  ['Ask about Retin-A.', [['prescription-brand', 'error', 'Retin-A']]],
  [
    'Prescription retinoids such as tretinoin need a doctor\u2019s assessment.',
    [['prescription-medicine', 'warning', 'tretinoin']],
  ],
  ['Botulinum toxin injections relax the muscles that cause frown lines.', none],
  ['Retinoids may help skin renewal when used as directed.', none],
  // Specialty titles
  ['Dr Lim is an aesthetic physician.', [['specialty-title', 'warning', 'aesthetic physician']]],
  ['Dr Lim, MBBS (Singapore), sees patients on weekdays.', none],
  ['The first clinic in Singapore to offer this laser.', [['superlative', 'warning', 'The first clinic in']]],
  ['What to bring to your first clinic visit.', none],
  ['Peels cost $120 to $250 depending on depth.', [['price-wording', 'error', '$120 to $250']]],
  ['Hurry! Slots are filling up.', [['promotion', 'error', 'Hurry!']]],
  ['Acids act now on the outer layer and later on deeper layers.', none],
  // Unicode word boundaries and odd spaces
  ['Die Bestätigung folgt per E-Mail.', none],
  [
    'See results\u00a0in\u00a03\u00a0days.',
    [['unjustified-expectation', 'warning', 'See results\u00a0in\u00a03\u00a0days']],
  ],
  ['BOTOX\u00ae Cosmetic is a brand name.', [['prescription-brand', 'error', 'BOTOX']]],
  // Curly quotes, plurals, case
  ['Guarantees don\u2019t exist in skin care.', [['guarantee', 'warning', 'Guarantees']]],
  ['Read our TESTIMONIALS page.', [['testimonial', 'error', 'TESTIMONIALS']]],
  [
    'Discounted vouchers for members.',
    [
      ['promotion', 'error', 'Discounted'],
      ['promotion', 'error', 'vouchers'],
    ],
  ],
  // Lines from the pore guide (truthful denials and plain advice)
  [
    'It is not possible to close pores permanently; you can make them look smaller.',
    [['guarantee', 'warning', 'permanently']],
  ],
  ['Steam does not open pores, and cold water does not close them.', none],
  ['Pores are openings for hair follicles and oil glands; everyone has them.', none],
  ['A consistent routine keeps pores clear and less noticeable.', none],
  // Tricky lines from the starter snapshot
  [
    'In short, no. Pores cannot be closed permanently, whatever a label suggests.',
    [['guarantee', 'warning', 'permanently']],
  ],
  ['More is not better: one to three times a week is plenty for most people.', none],
  ['Gentle cleansing and well-spaced exfoliation do more for texture with far less risk.', none],
  ["Stronger vitamin A creams are prescription-only and need a doctor's advice.", none],
  ['Enquiries that do not lead to an appointment are deleted 12 months after we receive them.', none],
  ['Once the skin warms up again, the pores look as they did before.', none],
  ['After a superficial peel, many people see only light flaking for a few days, and some see none.', none],
  ['Sun spots: flat brown marks on areas that see the most sun.', none],
  ['We send marketing messages only if you tick the separate, optional box on the form.', none],
  ['Cooling is used during or after treatment.', none],
  [
    'Dark patches (post-inflammatory hyperpigmentation), more likely in darker skin tones or after sun exposure.',
    none,
  ],
]

const IMAGE_TEXT_CORPUS: Array<[string, Expected]> = [
  ['Before and after a course of laser toning', [['patient-result-wording', 'error', 'Before and after']]],
  [
    'Patient skin after 3 sessions of microneedling',
    [['patient-result-wording', 'error', 'after 3 sessions']],
  ],
  ['Cheek texture two weeks after treatment', [['patient-result-wording', 'error', 'two weeks after']]],
  ['A doctor applying a chemical peel solution with a brush', none],
  ['Close-up of skin pores on a cheek', none],
]

// This corpus is about advertising wording; whether a figure cites a source is tested in
// claim-needs-source.test.ts.
function summary(findings: Finding[]): Expected {
  return findings.filter((f) => f.ruleId !== 'claim-needs-source').map((f) => [f.ruleId, f.severity, f.match])
}

describe('compliance corpus: body text', () => {
  test.each(BODY_CORPUS)('%s', (sentence, expected) => {
    expect(summary(checkDocument(postWithText(sentence)))).toEqual(expected)
  })
})

describe('compliance corpus: image alt text', () => {
  test.each(IMAGE_TEXT_CORPUS)('%s', (alt, expected) => {
    expect(summary(checkDocument(postWithAlt(alt)))).toEqual(expected)
  })
})

test('the corpus is large enough to mean something', () => {
  expect(BODY_CORPUS.length + IMAGE_TEXT_CORPUS.length).toBeGreaterThanOrEqual(60)
})

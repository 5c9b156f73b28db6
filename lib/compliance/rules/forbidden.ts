import type {TextRuleDefinition} from '../matcher'
import {REGULATIONS} from '../regulations'

// Rules about what clinic advertising may not contain at all. Errors: they block publishing
// and cannot be acknowledged. A negated mention ("we do not offer discounts") drops to a
// warning, so policy statements can be written and acknowledged.

// before-and-after, before and after, before & after, before/after, before n' after
const BEFORE_AFTER = "before(?:\\s*[-\\/]\\s*|\\s*-?\\s*(?:and|&|n')\\s*-?\\s*)after"
const MEDIA =
  '(?:photos?|photographs?|pictures?|pics?|images?|videos?|shots?|gallery|galleries|comparisons?|transformations?)'
// An amount: $99, S$1,200, $49.90. Matched whole so the closing word boundary holds.
const MONEY = 'S?\\$\\s?\\d[\\d,]*(?:\\.\\d+)?'

export const testimonial: TextRuleDefinition = {
  id: 'testimonial',
  severity: 'error',
  negatedSeverity: 'warning',
  regulation: REGULATIONS.testimonial,
  message:
    '"{match}" reproduces or points to patient reviews, testimonials or endorsements. The clinic may not publish these; remove it.',
  terms: [
    'testimonials?',
    '(?:patient|customer|client|google|facebook|online|5[-\\s]?star|five[-\\s]star|rave)\\s+reviews?',
    'reviews?\\s+from\\s+(?:our\\s+)?(?:patients|clients|customers)',
    '(?:our|happy|satisfied|delighted|real|many)\\s+(?:patients|clients|customers)\\s+(?:say|said|says|tell\\s+us|told\\s+us|love|loved|rave|agree|share|shared)',
    'what\\s+(?:our\\s+)?(?:patients|clients|customers)\\s+(?:say|said|think)',
    'rated\\s+\\d(?:\\.\\d)?\\s*(?:\\/\\s*5|out\\s+of\\s+(?:5|five)|stars?)',
    '\\d(?:\\.\\d)?[-\\s]stars?\\s+(?:ratings?|reviews?)',
    'five[-\\s]star\\s+(?:ratings?|clinic|service)',
    'endorsed\\s+by',
    'endorsements?',
    'as\\s+seen\\s+(?:on|in)',
    '(?:patient|client|customer|success)\\s+stor(?:y|ies)',
    'loved\\s+by',
    'recommended\\s+by\\s+(?:celebrities|influencers|our\\s+patients|thousands|patients)',
    '(?:i|we)\\s+highly\\s+recommend',
  ],
}

export const promotion: TextRuleDefinition = {
  id: 'promotion',
  severity: 'error',
  negatedSeverity: 'warning',
  regulation: REGULATIONS.promotion,
  message:
    '"{match}" reads as a discount, gift or promotional offer. Clinic advertising may not include these; remove it.',
  terms: [
    'discount(?:s|ed)?',
    'promos?',
    'promo\\s+codes?',
    'promotions?',
    'promotional',
    '\\d+\\s?%\\s+off',
    `${MONEY}\\s+off`,
    'half[-\\s]price',
    'on\\s+sale',
    'sale\\s+prices?',
    'special\\s+(?:offers?|prices?|rates?|deals?|promotions?|packages?)',
    '(?:exclusive|limited|introductory|launch|festive|seasonal|birthday|new[-\\s]patient|first[-\\s]time(?:r)?|trial)\\s+(?:offers?|deals?|prices?|rates?|discounts?|packages?)',
    'limited[-\\s](?:time|slots?|period|offers?)',
    '(?:offer|promotion|deal)s?\\s+(?:ends?|expires?|valid\\s+(?:until|till))',
    'while\\s+(?:stocks|slots|supplies)\\s+last',
    'book\\s+now\\s+(?:and|to)\\s+(?:get|save|enjoy|receive)',
    `save\\s+(?:up\\s+to\\s+)?(?:${MONEY}|\\d+\\s?%)`,
    'package\\s+(?:deals?|prices?|offers?|discounts?|rates?)',
    '\\d+[-\\s]session\\s+packages?',
    '(?:treatment|value|bundle)\\s+(?:packages?|bundles?|deals?)',
    'vouchers?',
    'coupons?',
    'rebates?',
    'cash[-\\s]?back',
    'buy\\s+\\d+\\s*,?\\s*(?:get|free)',
    '1[-\\s]for[-\\s]1',
    'one[-\\s]for[-\\s]one',
    'referral\\s+(?:bonus(?:es)?|rewards?|programmes?|programs?|discounts?|credits?)',
    'free\\s+gifts?',
    'gifts?\\s+with\\s+(?:every|each|any|your)',
    'free\\s+(?:consultations?|consults?|sessions?|trials?|treatments?|skin\\s+(?:analysis|assessments?)|samples?|upgrades?|add[-\\s]?ons?|facials?|first\\s+sessions?)',
    '(?:consultations?|consults?|sessions?|treatments?)\\s+(?:is|are)\\s+free(?!\\s+(?:of|from))',
    'for\\s+free',
    'free\\s+of\\s+charge',
    'complimentary',
    'at\\s+no\\s+(?:extra\\s+|additional\\s+)?(?:cost|charge)',
    'flash\\s+(?:sales?|deals?)',
    "don't\\s+miss\\s+out",
    '(?:hurry|act\\s+now)\\s*!',
    'packages?\\s+of\\s+\\d+',
  ],
  exclusions: [
    // The Health Promotion Board is a government agency, not an offer.
    {before: /health\s+$/i},
  ],
}

export const priceWording: TextRuleDefinition = {
  id: 'price-wording',
  severity: 'error',
  negatedSeverity: 'warning',
  regulation: REGULATIONS.price,
  message:
    '"{match}" is price wording MOH does not allow. State the exact price of a defined service, or none.',
  terms: [
    'as\\s+low\\s+as',
    `from\\s+(?:only\\s+|just\\s+)?${MONEY}`,
    `starting\\s+(?:from|at)\\s+(?:only\\s+|just\\s+)?${MONEY}`,
    '(?:prices?|fees?|rates?|costs?)\\s+(?:start|starts|starting|begin|begins|beginning)\\s+(?:from|at)',
    `(?:only|just)\\s+${MONEY}`,
    `${MONEY}\\s+onwards`,
    `${MONEY}\\s*(?:and\\s+(?:up|above)|\\+)`,
    `(?:usual(?:ly)?|normal(?:ly)?|regular(?:ly)?|u\\.?p\\.?)\\s+(?:price\\s+)?${MONEY}`,
    `(?:was|were)\\s+${MONEY}\\s*,?\\s*now`,
    // A range is not an exact price.
    `${MONEY}\\s*(?:-|to)\\s*${MONEY}`,
  ],
}

export const patientResultWording: TextRuleDefinition = {
  id: 'patient-result-wording',
  severity: 'error',
  negatedSeverity: 'warning',
  regulation: REGULATIONS.patientImage,
  message:
    '"{match}" describes before-and-after or after-only pictures of a patient. These are not allowed; remove them.',
  terms: [
    `${BEFORE_AFTER}\\s+${MEDIA}`,
    'before\\s*\\/\\s*after',
    `after[-\\s]only\\s+${MEDIA}`,
    '(?:results?|transformation)\\s+(?:photos?|pictures?|gallery|galleries|videos?)',
    'real\\s+patient\\s+(?:photos?|pictures?|results?)',
    'patient\\s+(?:photos?|pictures?)',
  ],
}

// Alt text and captions describe a picture, so plainer words already say it shows a result.
export const patientResultImageText: TextRuleDefinition = {
  id: 'patient-result-wording',
  severity: 'error',
  negatedSeverity: 'warning',
  regulation: REGULATIONS.patientImage,
  roles: ['imageText'],
  message:
    'The image text "{match}" says the picture shows a patient before or after treatment. Such pictures are not allowed; use another image.',
  terms: [
    BEFORE_AFTER,
    `after\\s+(?:\\d+|one|two|three|four|five|six|a\\s+few)\\s+(?:sessions?|treatments?|weeks?|months?|days?)`,
    '(?:\\d+|one|two|three|four|six)\\s+(?:weeks?|months?|days?)\\s+(?:after|post)',
    'post[-\\s](?:treatment|procedure|peel|laser|session)',
    'after\\s+(?:(?:her|his|their|the|a)\\s+)?(?:treatment|procedure|peel|laser|session|injections?)s?',
    '(?:before|after)\\s+(?:photos?|pictures?|images?|shots?)',
    'results?\\s+(?:of|from|after)\\s+(?:(?:her|his|their|the|a)\\s+)?(?:treatment|procedure|peel|laser|session)s?',
  ],
}

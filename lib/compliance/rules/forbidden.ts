import {isVerb, tagSentence, termAt} from '../grammar/tagger'
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
    '(?:i|we)\\s+highly\\s+recommend',
    // What patients say or do, in any wording: "patients tell us", "clients keep coming back".
    // "Many patients say it tingles" describes a sensation; these verbs report praise or loyalty.
    "(?:patients|clients|customers)\\s+(?:often\\s+|always\\s+|regularly\\s+|frequently\\s+)?(?:tell\\s+us|told\\s+us|love|loved|rave|raved|swear\\s+by|keep\\s+coming\\s+back|come\\s+back|return\\s+to\\s+us)",
    '(?:patient|client|customer)\\s+(?:feedback|reviews?|ratings?|comments)',
    '(?:our|read|see|check\\s+out)\\s+(?:our\\s+)?(?:reviews|ratings)',
    'reviews?\\s+on\\s+(?:google|facebook|instagram|tiktok|xiaohongshu|our)',
    'tell\\s+their\\s+friends',
    'word\\s+of\\s+mouth',
    'featured\\s+(?:in|on|by)',
    // Endorsement by others; not advice "recommended by your doctor", "by the manufacturer", "by the HPB".
    'recommended\\s+by(?!\\s+(?:your\\s+|a\\s+|the\\s+|our\\s+)?(?:doctors?|dermatologists?|pharmacists?|gps?|manufacturers?|labels?|packaging|guidelines?|instructions|who\\b|health|ministry|moh|hpb|national|world))',
    'speaks\\s+for\\s+itself',
    // A rating or a write-up attributed to someone: "five stars from Jasmine", "read what Mrs Chua wrote".
    '(?:\\d|one|two|three|four|five)[-\\s]stars?\\s+from',
    "(?:read|hear|see|watch|find\\s+out)\\s+what\\s+(?:[\\p{L}']+\\s+){1,3}?(?:wrote|writes|said|says|thinks|thought|has\\s+to\\s+say|had\\s+to\\s+say|felt)",
    'hear\\s+(?:it\\s+)?(?:from|directly\\s+from)\\s+(?:our\\s+|real\\s+|actual\\s+|happy\\s+|past\\s+)+(?:patients|clients|customers)',
    '(?:glowing|positive|great|amazing|rave)\\s+(?:feedback|reviews?|comments|words|praise)',
    '(?:favou?red|loved|used|trusted|chosen|endorsed|approved)\\s+by\\s+(?:local\\s+|top\\s+)?(?:celebrities|influencers|beauty\\s+editors|bloggers|models|stars)',
    '(?:celebrity|influencer)\\s+(?:clients?|patients?|favou?rites?|approved|endorsed)',
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
    // Amenities are not offers that encourage treatment.
    'complimentary(?!\\s+(?:tea|coffee|drinks?|refreshments|parking|wi-?fi))',
    'at\\s+no\\s+(?:extra\\s+|additional\\s+)?(?:cost|charge)',
    'flash\\s+(?:sales?|deals?)',
    "don't\\s+miss\\s+out",
    '(?:hurry|act\\s+now)\\s*!',
    'packages?\\s+of\\s+\\d+',
    // Gifts in any wording: "a gift of our serum", "goodie bag", "worth $80", "on us", "bonus session".
    'gifts?',
    'goodie\\s+bags?',
    `worth\\s+${MONEY}`,
    "(?:is|are|it's)\\s+on\\s+(?:us|the\\s+house)",
    'a\\s+treat\\s+from\\s+us',
    'bonus(?:es)?',
    `${MONEY}\\s+(?:credits?|cash)`,
    '(?:loyalty|reward)\\s+(?:points?|programmes?|programs?|cards?)',
    'points\\s+(?:towards|toward|for)',
    'lucky\\s+draws?',
    'prizes?',
    'giveaways?',
    'waive[ds]?\\s+(?:the\\s+)?(?:consultation\\s+)?fees?',
    'fee\\s+waivers?',
    // "free" as an offer: not "fragrance-free", "free radicals", "feel free", "free of/from".
    // The longer "free consultation" terms above report those; this catches "free" in any other offer.
    // Product descriptions written without a hyphen ("oil free") are not offers either; "pain free"
    // and "risk free" are expectations (claims.ts).
    '(?<![-\\p{L}])(?<!(?:feel|oil|fragrance|alcohol|paraben|sulphate|sulfate|soap|sugar|gluten|scent|perfume|dye|cruelty|pain|risk|stress|toxin|latex|hassle|symptom|acne|smoke)\\s)free(?!\\s+(?:radicals?|of|from|to\\b|time|parking|wi-?fi|consultations?|consults?|sessions?|trials?|treatments?|skin|samples?|upgrades?|add|facials?|first|gifts?)|-)',
    // Memberships and members' prices.
    // Clinic memberships, not "membership of the Royal College" in a doctor's profile.
    '(?:our|join|vip|annual|skin|clinic|beauty)\\s+(?:\\p{L}+\\s+)?memberships?',
    'memberships?\\s+(?:rates?|prices?|perks|benefits|plans?|packages?|cards?|fees?)',
    "members?(?:'|\\s)?(?:-|\\s)?(?:only|exclusive|prices?|pricing|rates?|offers?)",
    '(?:skin|beauty|vip|loyalty)\\s+club',
    'welcome\\s+(?:rates?|gifts?|offers?|packs?|prices?|discounts?)',
    // Bundles and multi-buys: "3-for-2", "buy a course of ten and receive two extra sessions".
    'bundl(?:e|es|ed|ing)',
    '\\d+[-\\s]for[-\\s]\\d+',
    '(?:get|receive|enjoy)\\s+(?:a|an|one|two|three|\\d+)\\s+(?:extra|additional|bonus|more)\\s+(?:sessions?|treatments?)',
    `(?:add|top\\s+up)\\s+(?:[\\p{L}-]+\\s+){1,6}?for\\s+(?:just\\s+|only\\s+)?${MONEY}`,
    'pay\\s+less',
    'for\\s+the\\s+price\\s+of\\s+(?:one|two|\\d+)',
    '(?:two|2)\\s+for\\s+(?:one|1)',
    `spend\\s+${MONEY}`,
    'savings?',
    '\\d+\\s+per\\s?cent\\s+off',
    'half\\s+(?:the\\s+)?(?:usual\\s+|normal\\s+)?price',
    // Time-limited offers in any wording.
    '(?:this|next)\\s+(?:month|week|weekend)\\s+only',
    '(?:only|just)\\s+(?:this|next)\\s+(?:month|week|weekend)',
    'valid\\s+(?:till|until|through|thru)',
    '(?:ends?|expires?)\\s+(?:on|this|soon|tomorrow)',
    '(?:book|sign\\s+up|pay|register)\\s+(?:before|by)\\s+(?:\\d|the\\s+end|end)',
    'early[-\\s]?birds?',
    '(?:\\d+|few|limited)\\s+slots?(?:\\s+(?:left|remaining|available))?',
    'slots?\\s+(?:left|remaining)',
    'last\\s+(?:chance|few)',
    // "lock in last year's price", not "lock in moisture".
    "lock\\s+in\\s+(?:the\\s+|this\\s+|your\\s+|last\\s+year'?s\\s+|today'?s\\s+)?(?:prices?|rates?|offers?|deals?|pricing|discounts?)",
    "last\\s+year'?s\\s+prices?",
    '(?:prices?|fees?)\\s+(?:go|goes|will\\s+go|are\\s+going)\\s+up',
    'now\\s+is\\s+the\\s+time\\s+to\\s+(?:book|try|start|sign)',
    'booked\\s+(?:today|this\\s+(?:week|month))',
    // Festive and launch deals: "National Day special", "anniversary sale", "launch pricing".
    "(?:year[-\\s]end|anniversary|festive|national\\s+day|new\\s+year|chinese\\s+new\\s+year|cny|mother'?s\\s+day|father'?s\\s+day|valentine'?s(?:\\s+day)?|christmas|deepavali|hari\\s+raya|black\\s+friday|birthday|launch|opening|roadshow)\\s+(?:sales?|specials?|promotions?|offers?|deals?|bundles?|packages?|treats?|pricing|prices?|rates?)",
    'sales?(?!\\s+(?:team|staff|representatives?|tax))',
    '(?:special|introductory|exclusive)\\s+(?:[\\p{L}-]+\\s+)?(?:rates?|prices?|pricing|offers?|deals?)',
    'exclusive\\s+to\\s+(?:our|members|new|first|online|instagram|facebook|tiktok|followers|subscribers)',
    "(?<!great\\s|good\\s)deals?(?!\\s+with)",
    'offers?\\s+(?:end|ends|valid|apply|applies)',
    "(?:quote|use|apply|enter)\\s+(?:the\\s+)?(?:code\\s+)?(?!spf|pa\\b|uv)[a-z]{2,}\\d{1,3}",
    // "with every booking", not "risks come with any treatment".
    'with\\s+(?:every|each|any|your)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:bookings?|purchases?)',
    '(?:every|each)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:visit|booking|purchase)\\s+(?:earns?|wins?|gets?)',
    // Paid for by the clinic, packages and referral rewards in other words.
    'on\\s+the\\s+(?:house|clinic)',
    'save\\s+(?:big|more|heaps|lots|up\\s+to)',
    '(?:buy|purchase|get|grab)\\s+(?:a|our|the)\\s+(?:[\\p{L}-]+\\s+)?(?:package|bundle)',
    '(?:tag|refer|bring)\\s+(?:a|your)\\s+(?:friend|buddy|bestie|bff)',
  ],
  exclusions: [
    // The Health Promotion Board is a government agency, not an offer.
    {before: /health\s+$/i},
    // "Gift yourself a moment of calm": "gift" used as a verb offers nothing.
    {
      inSentence: (sentence, start, end) =>
        /^gifts?$/i.test(sentence.slice(start, end)) && isVerb(termAt(tagSentence(sentence), start)),
    },
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
    // A range or a ceiling is not an exact price.
    `${MONEY}\\s*(?:-|to)\\s*${MONEY}`,
    `between\\s+${MONEY}\\s+and\\s+${MONEY}`,
    `(?:under|below|less\\s+than|up\\s+to|not\\s+more\\s+than)\\s+${MONEY}`,
    `(?:at|for)\\s+(?:only|just)\\s+${MONEY}`,
    `(?:pay|costs?)\\s+(?:only|just)\\s+${MONEY}`,
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
    `${MEDIA}\\s+(?:of|showing)\\s+(?:a|our|real)\\s+(?:\\p{L}+\\s+)?(?:patients?|clients?)`,
    "(?:patient|client)(?:'s|s')?\\s+(?:transformations?|results?)",
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

import type {TextRuleDefinition} from '../matcher'
import {REGULATIONS} from '../regulations'

// Rules about what copy claims. All are warnings: each needs a person's judgement, and a
// truthful negation ("pores cannot be closed permanently") can be acknowledged.

const NUMBER_WORD = '(?:\\d+|one|two|three|four|five|six|seven|eight|ten|a\\s+few|a\\s+single)'
const DURATION = '(?:minutes?|hours?|days?|weeks?|sessions?|treatments?)'

export const superlative: TextRuleDefinition = {
  id: 'superlative',
  severity: 'warning',
  regulation: REGULATIONS.superlative,
  message:
    '"{match}" praises or ranks the service. Describe what the treatment does instead, or acknowledge if it does not describe our services.',
  terms: [
    'best(?:[-\\s]in[-\\s]class)?',
    'no\\.?\\s?1',
    'number\\s+one',
    '#\\s?1',
    'leading',
    'top[-\\s](?:rated|notch|quality|class|tier|choice|picks?|clinics?|doctors?|specialists?|experts?|results?|treatments?|providers?|aesthetic\\p{L}*)',
    'top\\s+\\d+',
    'most\\s+(?:advanced|effective|experienced|trusted|popular|affordable|innovative|renowned|reputable|qualified|reliable|successful|powerful|sought[-\\s]after|comprehensive|established|modern)',
    '(?:cutting|bleeding)[-\\s]edge',
    'state[-\\s]of[-\\s]the[-\\s]art',
    'revolutionary',
    'revolutioni[sz](?:e|es|ed|ing)',
    'miracles?',
    'miraculous(?:ly)?',
    'world[-\\s](?:class|renowned|famous|leading)',
    'award[-\\s]winning',
    'unrivall?ed',
    'unparall?ell?ed',
    'unmatched',
    'unbeatable',
    'unsurpassed',
    'second\\s+to\\s+none',
    'premier',
    'finest',
    'greatest',
    'pioneer(?:s|ed|ing)?',
    'renowned',
    'trusted\\s+by\\s+(?:thousands|hundreds|many|over|more\\s+than|\\d[\\d,]*)',
    // "the first clinic in Singapore to...", not "your first clinic visit".
    '(?:the\\s+)?(?:first|only)\\s+(?:clinic|centre|center|provider|practice)s?\\s+(?:in|to)',
    'gold[-\\s]standard',
    'game[-\\s]chang(?:er|ers|ing)',
    'breakthrough',
    'superior',
    'highest\\s+(?:quality|standards?|success)',
    '(?:excellent|outstanding|exceptional|superb|stunning|remarkable)\\s+results?',
  ],
  exclusions: [
    // Advice and idioms, not praise: "it is best to patch-test", "at best", "do your best".
    {after: /^\s+(?:to|practices?|before)(?![\p{L}])/iu},
    {before: /(?:^|[^\p{L}])(?:at|(?:do|try|doing|tried|trying)\s+(?:your|our|my|their|its|his|her))\s+$/iu},
    // "leading to irritation", "the leading cause of": not a claim of prominence.
    {after: /^\s+(?:to|up|into|causes?)(?![\p{L}])/iu},
  ],
}

export const guarantee: TextRuleDefinition = {
  id: 'guarantee',
  severity: 'warning',
  regulation: REGULATIONS.substantiation,
  message:
    '"{match}" promises a certain or lasting outcome. Outcomes vary: rephrase, or acknowledge if the sentence truthfully says this is not possible.',
  terms: [
    'guarantee(?:s|d)?',
    'guaranteeing',
    'permanent(?:ly)?',
    'permanence',
    'cure(?:s|d)?',
    'curing',
    'forever',
    'for\\s+good(?=\\s*(?:[.!?,;)]|$))',
    'once\\s+and\\s+for\\s+all',
    'never\\s+(?:come|comes|coming)\\s+back',
    'lifetime\\s+results?',
    'lasts?\\s+a\\s+lifetime',
  ],
}

export const unjustifiedExpectation: TextRuleDefinition = {
  id: 'unjustified-expectation',
  severity: 'warning',
  regulation: REGULATIONS.expectation,
  message:
    '"{match}" sets an expectation the treatment may not meet for everyone. Say what typically happens and that results vary.',
  terms: [
    'instant(?:ly|aneous|aneously)?',
    'immediate(?:ly)?\\s+(?:results?|effects?|improvements?|visible|noticeable|transformation)',
    `results?\\s+(?:in|within)\\s+(?:just\\s+|only\\s+)?${NUMBER_WORD}\\s+${DURATION}`,
    `(?:see|notice|visible)\\s+(?:results?|(?:a\\s+)?difference|improvements?)\\s+(?:in|within|after)\\s+(?:just\\s+|only\\s+)?${NUMBER_WORD}\\s+${DURATION}`,
    `in\\s+(?:just|only)\\s+${NUMBER_WORD}\\s+${DURATION}`,
    'overnight\\s+(?:results?|transformations?)',
    'painless(?:ly)?',
    'pain[-\\s]?free',
    'risk[-\\s]?free',
    '(?:zero|no)\\s+(?:downtime|side[-\\s]effects?|risks?)',
    '100\\s?%',
    '100\\s+per\\s?cent',
    '(?:dramatic|drastic|amazing|incredible|flawless|perfect|miraculous)\\s+(?:results?|skin|transformations?|complexion)',
    'flawless(?:ly)?',
    'poreless',
    '(?:clinically|scientifically|medically)\\s+proven',
    'works\\s+for\\s+everyone',
    '(?:completely|totally|perfectly|absolutely)\\s+safe',
    'look\\s+(?:\\d+|ten|five|years)\\s+(?:years\\s+)?younger',
    'turn\\s+back\\s+(?:the\\s+)?clock',
  ],
}

export const comparison: TextRuleDefinition = {
  id: 'comparison',
  severity: 'warning',
  regulation: REGULATIONS.comparison,
  message: '"{match}" compares us with other providers. Describe our own service without comparing.',
  terms: [
    '(?:other|rival|competing)\\s+(?:clinics?|doctors?|providers?|practitioners?|salons?|centres?|centers?|aesthetic\\s+clinics?)',
    'competitors?',
    '(?:better|cheaper|safer|faster|superior|gentler|more\\s+\\p{L}+)\\s+than\\s+(?:other|any(?:\\s+other)?|most|the\\s+rest|elsewhere|competitors?|rivals?)',
    'unlike\\s+(?:other|many|most|some)\\s+(?:\\p{L}+\\s+)?(?:clinics?|doctors?|providers?|practitioners?|salons?)',
    'nowhere\\s+else',
    'no\\s+other\\s+(?:clinics?|doctors?|providers?)',
  ],
}

export const specialtyTitle: TextRuleDefinition = {
  id: 'specialty-title',
  severity: 'warning',
  regulation: REGULATIONS.specialtyTitle,
  message:
    '"{match}" reads as a specialist title the SMC does not recognise. Use the registered qualification, for example "doctor" with "MBBS (Singapore)".',
  terms: [
    'aesthetic\\s+(?:physicians?|doctors?|dermatologists?|specialists?|surgeons?|medicine\\s+specialists?)',
    'cosmetic\\s+(?:dermatologists?|physicians?)',
  ],
}

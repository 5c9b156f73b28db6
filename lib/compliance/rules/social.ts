import type {TextRuleDefinition} from '../matcher'
import {REGULATIONS} from '../regulations'

// Social proof: counts of patients or treatments, "trusted by", awards and votes. Each is a
// laudatory statement of prominence (reg 5(1)(e)) or an endorsement by others (reg 14), and none
// can be substantiated as a claim about the next patient. A denial ("we do not display awards")
// drops to a warning.
const PEOPLE = '(?:patients|clients|customers|singaporeans|people|women|men|families|brides|mothers|mums)'
const COUNTED = `(?:${PEOPLE.slice(3, -1)}|treatments|procedures|sessions|cases)`

export const socialProof: TextRuleDefinition = {
  id: 'social-proof',
  severity: 'error',
  negatedSeverity: 'warning',
  regulation: REGULATIONS.socialProof,
  message:
    '"{match}" uses social proof (patient counts, "trusted by", awards or votes). The clinic may not advertise with these; describe the service instead.',
  terms: [
    'trusted\\s+by',
    'who\\s+(?:trust|trusts|chose|choose)\\s+(?:us|our)',
    '(?:have\\s+|has\\s+)?(?:chosen|chose)\\s+us',
    `(?:thousands|hundreds|tens\\s+of\\s+thousands)\\s+of\\s+(?:happy\\s+|satisfied\\s+|local\\s+)?${PEOPLE}`,
    `(?:over|more\\s+than|nearly|almost|some)\\s+\\d[\\d,]*\\+?\\s+(?:[\\p{L}-]+\\s+){0,2}?${COUNTED}`,
    `\\d{1,3}(?:,\\d{3})+\\+?\\s+(?:[\\p{L}-]+\\s+){0,2}?${COUNTED}`,
    `(?:treated|served|helped)\\s+(?:over\\s+|more\\s+than\\s+)?\\d[\\d,]*`,
    `\\d+(?:\\.\\d+)?\\s?%\\s+of\\s+(?:our\\s+)?(?:patients|clients|customers)\\s+(?:would\\s+)?(?:recommend|are\\s+(?:satisfied|happy)|return|love|come\\s+back)`,
    'awards?(?!\\s+(?:ceremony|of\\s+a\\s+degree))',
    'award[-\\s]winning',
    'winners?\\s+of',
    'recipients?\\s+of',
    'voted',
    // Not "the treatment of choice for severe acne" (a medical term).
    '(?:clinic|doctor|provider|centre|center|name|place|destination)s?\\s+of\\s+choice',
  ],
  exclusions: [
    // Counts from research ("in a study of more than 300 patients") are not about the clinic.
    {before: /(?:stud(?:y|ies)|trials?|survey|research|reviews?|analysis|data|of\s+the)(?![\p{L}])[^.]{0,30}$/iu},
  ],
}

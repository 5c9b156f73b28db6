import {tagSentence, type Term} from './tagger'
import type {SentenceHit} from './types'
import {CONCERN, DOCTOR_TITLE} from './words'

// A particular patient's journey told in prose, with or without quotation marks ("After three
// sessions, Mei Ling's acne scars had faded and she finally felt confident", "A young teacher we
// treated last year no longer dreads the mirror") is an after-only depiction and a testimonial
// (reg 5(1)(d), reg 14): always an error. Found per sentence from its structure: a particular
// person (a name the tagger reads as a person or a capitalised word mid-sentence, a described
// person such as "our patient from Tampines" or "a young teacher", or "she"/"he"), told in the
// past or as a change ("no longer", "finally", "until", "now"), about skin or how they felt.
// Doctors and staff ("Dr Tan explains", "Ms Lee, our clinic manager, will confirm") and people
// in general ("many people feel") are not a particular patient.

const DESCRIBED =
  /(?<![\p{L}])(?:a|an|one|our|this|that|another)\s+(?:(?:[\p{L}-]+|\d{2}-year-old)\s+){0,2}?(?:patients?|clients?|customers?|teachers?|brides?(?:-to-be)?|mums?|mothers?|fathers?|dads?|students?|lady|woman|man|gentleman|girl|boy|guy|teen(?:ager)?s?|retirees?|executives?|bankers?|lawyers?|engineers?|nurses?|mother-of-\p{L}+|father-of-\p{L}+|regulars?|undergraduates?|\d{2}-year-old)(?![\p{L}])/iu
const WHO_WE_TREATED = /(?<![\p{L}])(?:we|i)\s+(?:treated|saw|helped|met)\s+(?:a|an|one)\s/iu
const PRONOUN = /(?<![\p{L}])(?:she|he)(?![\p{L}])/iu
const STAFF_APPOSITION = /^\s*,\s*(?:our|the|a)\s+(?:[\p{L}-]+\s+){0,2}?(?:manager|nurse|doctor|receptionist|coordinator|therapist|director|founder|team|pharmacist|assistant|executive|staff)/iu

const CHANGE =
  /(?<![\p{L}])(?:no\s+longer|finally|until|now|used\s+to|came\s+(?:in|to\s+us|back)|first\s+visited|since\s+then|these\s+days|months?\s+later|weeks?\s+later|years?\s+later|months?\s+on|weeks?\s+on|could\s+finally|stopped|started|began|changed|transformed|again)(?![\p{L}])/iu
const FEELING =
  /(?<![\p{L}])(?:confiden\p{L}*|comfortable|happy|happier|thrilled|delighted|self-conscious|embarrass\p{L}*|hid|hide|hiding|covering|mirror|photographed|photos|bare-faced|make-?up|concealer|foundation|dreads?|skin|complexion|cheeks|face)(?![\p{L}])/iu

function isName(terms: readonly Term[], index: number, sentence: string): boolean {
  const term = terms[index]
  if (!term) return false
  if (DOCTOR_TITLE.test(terms[index - 1]?.lower.replace('.', '') ?? '')) return false
  if (DOCTOR_TITLE.test(term.lower.replace('.', ''))) return false
  if (term.tags.has('Honorific')) return false
  const capitalised = /^\p{Lu}\p{Ll}+(?:'s)?$/u.test(term.text)
  if (!capitalised) return false
  if (term.tags.has('Person') || term.tags.has('FirstName')) return !STAFF_APPOSITION.test(sentence.slice(term.end))
  // An unknown capitalised word mid-sentence, or at the start before a past-tense verb or a
  // possessive, reads as a name; places and brands rarely come with a past-tense skin story.
  const known = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'Verb', 'Adjective', 'Value', 'Date', 'Place', 'Organization', 'QuestionWord']
  if (known.some((tag) => term.tags.has(tag))) return false
  if (index > 0 && !/[.!?:]\s*$/.test(sentence.slice(0, term.start))) return !STAFF_APPOSITION.test(sentence.slice(term.end))
  const next = terms[index + 1]
  if (/'s$/.test(term.text) || /^\p{Lu}\p{Ll}+$/u.test(next?.text ?? '')) return true
  // A single unknown word at the start before a past tense: a name unless it looks like a common
  // noun ("Procedures aimed at pores ...").
  return (
    (next?.tags.has('PastTense') ?? false) &&
    !term.tags.has('Plural') &&
    !/(?:s|ion|ing|ment|ness|ity|ure|ance|ence|ism|er|or)$/.test(term.lower)
  )
}

function particularPerson(sentence: string, terms: readonly Term[]): {start: number; end: number} | undefined {
  for (let i = 0; i < terms.length; i++) {
    if (!isName(terms, i, sentence)) continue
    // The whole name: "Mei Ling's", "Hui Min".
    let last = i
    while (/^\p{Lu}\p{Ll}+(?:'s)?$/u.test(terms[last + 1]?.text ?? '') && !/'s$/.test(terms[last]!.text)) last++
    return {start: terms[i]!.start, end: terms[last]!.end}
  }
  const described = DESCRIBED.exec(sentence) ?? WHO_WE_TREATED.exec(sentence)
  if (described && !/(?<![\p{L}])(?:doctor|nurse)s?(?![\p{L}])/iu.test(described[0].split(/\s+/).slice(-1)[0] ?? ''))
    return {start: described.index, end: described.index + described[0].length}
  const pronoun = PRONOUN.exec(sentence)
  if (pronoun) return {start: pronoun.index, end: pronoun.index + pronoun[0].length}
  return undefined
}

// Cheap tests before tagging: someone who could be a particular person, and a story's tense.
const PERSON_CUE =
  /\S\s+\p{Lu}\p{Ll}+|^\W*\p{Lu}\p{Ll}+(?:'s|\s+\p{Lu}\p{Ll}+|\s+\p{Ll}+ed\b|\s+(?:came|went|had|was|hid|felt|saw|could|first|got|took|left|began|became|tried|struggled))|(?<![\p{L}])(?:[Ss]he|[Hh]e|[Ww]e\s+(?:treated|saw|helped))(?![\p{L}])/u
const STORY_CUE =
  /(?<![\p{L}])(?:\p{L}+ed|came|went|had|was|were|hid|felt|saw|could|got|took|left|began|became|no\s+longer|finally|until|now|used\s+to|stopped|again)(?![\p{L}])/iu

export function findPatientJourneys(sentence: string): SentenceHit[] {
  if (!STORY_CUE.test(sentence)) return []
  if (!PERSON_CUE.test(sentence) && !DESCRIBED.test(sentence)) return []
  if (!CONCERN.test(sentence) && !FEELING.test(sentence)) return []
  const terms = tagSentence(sentence)
  const person = particularPerson(sentence, terms)
  if (!person) return []
  // Told as a story: a past-tense verb outside "we treated", or a word of change.
  const pastTense = terms.some(
    (term) => term.tags.has('PastTense') && !/^(?:treated|saw|helped|met)$/i.test(term.lower) && term.start > 0,
  )
  const future = /(?<![\p{L}])(?:will|'ll|can|should|may|might)(?![\p{L}])/iu.test(sentence)
  if (!(pastTense || CHANGE.test(sentence)) || (future && !pastTense)) return []
  return [{start: person.start, end: Math.min(sentence.length, Math.max(person.end, person.start + 1))}]
}

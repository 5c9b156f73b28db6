// A patient's result told as a story in body text ("Mdm Tan, 52, saw her sun spots fade after
// three sessions") is an after-only depiction in words and a testimonial (reg 5(1)(d), reg 14),
// even with no photo or quote. Found per sentence: a particular patient (named, or described as
// "one of our patients", "a 34-year-old teacher") and a past or perfect outcome. General advice
// in the present tense ("most patients see some redness") is not a story.
//
// Case matters here (names are capitalised), so these patterns are not term-list rules.

export interface StoryMatch {
  start: number
  end: number
}

const NAME = "\\p{Lu}\\p{Ll}+(?:[-\\s]\\p{Lu}\\p{Ll}+)?"
const PERSON = new RegExp(
  [
    `\\b(?:Mdm|Madam|Mrs|Ms|Miss|Mr|Auntie|Uncle)\\.?\\s+${NAME}`,
    `\\b${NAME},\\s+\\d{2}\\b`,
    `\\b(?:[Tt]ake|[Mm]eet|[Ll]ike)\\s+${NAME}\\b(?=[:,])`,
    `\\b${NAME}'s\\s+(?:skin|pores|acne|scars|pigmentation|melasma|complexion|blackheads|breakouts|face|cheeks|spots)`,
    `\\b(?:[Oo]ne|[Aa]|[Aa]n|[Oo]ur|[Mm]any|[Ss]ome|[Tt]his|[Aa]nother|[Tt]hese)\\s+(?:of\\s+our\\s+)?(?:(?:recent|former|regular|young|older|new|first|happy|\\d{2}-year-old|[\\p{Ll}]+)\\s+)?(?:patients?|clients?|customers?|brides?(?:-to-be)?|mums?|mothers?|teachers?)\\b`,
    `\\b\\d{2}-year-old\\b`,
    `\\b(?:[Oo]ur|[Aa])\\s+(?:patient|client)\\s+${NAME}`,
  ].join('|'),
  'gu',
)

const OUTCOME =
  /\b(?:saw|noticed|cleared|left\s+with|no\s+longer|glowed|lightened|faded|disappeared|improved|were\s+gone|was\s+gone|looked\s+(?:\p{L}+\s+)?(?:smaller|clearer|smoother|younger|brighter|better|noticeably)|got\s+rid|ha(?:s|ve)\s+seen|told\s+us|came\s+to\s+us\s+with|went\s+from|had\s+never|was\s+thrilled|were\s+thrilled|were\s+barely|was\s+barely)\b/u

const SENTENCE = /[^.!?\n]+[.!?]*/g

/** @param text normalised text */
export function findPatientStories(text: string): StoryMatch[] {
  const found: StoryMatch[] = []
  SENTENCE.lastIndex = 0
  for (let sentence = SENTENCE.exec(text); sentence; sentence = SENTENCE.exec(text)) {
    const body = sentence[0]
    PERSON.lastIndex = 0
    const person = PERSON.exec(body)
    if (!person) continue
    const outcome = OUTCOME.exec(body)
    if (!outcome) continue
    const start = sentence.index + Math.min(person.index, outcome.index)
    const end = sentence.index + Math.max(person.index + person[0].length, outcome.index + outcome[0].length)
    found.push({start, end})
  }
  return found
}

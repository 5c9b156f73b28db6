import type {UsageContext} from './types'

// Whether a claim word is denied or asked about in its sentence. "Pores cannot be closed
// permanently" and "Can you close pores permanently?" tell the truth about a claim rather than
// make it. The check is deliberately local: the same clause, a few words either side.

const WINDOW_WORDS_BEFORE = 8
const WINDOW_WORDS_AFTER = 6

const NEGATOR_BEFORE =
  /(?<![\p{L}\p{N}'])(?:not|no|never|cannot|can't|don't|doesn't|didn't|won't|isn't|aren't|wasn't|weren't|shouldn't|couldn't|wouldn't|haven't|hasn't|nor|neither|without|impossible|nobody|nothing|none|avoid|beware|wary|myths?|unlikely)(?![\p{L}\p{N}'])/iu

// After the claim: "permanent closure is not possible", "a cure does not exist", "... is a myth".
const NEGATOR_AFTER =
  /(?<![\p{L}\p{N}'])(?:(?:is|are|was|were|be)\s+(?:not|never)|isn't|aren't|wasn't|weren't|cannot|can't|won't|doesn't|don't|does\s+not|do\s+not|impossible|not\s+possible|(?:a|the)\s+myths?|myths?|unrealistic|overstat\p{L}*|exaggerat\p{L}*|misleading|untrue|false)(?![\p{L}\p{N}'])/iu

// "not only ... but" adds to a claim instead of denying it.
const NOT_ONLY = /(?<![\p{L}\p{N}'])not\s+(?:only|just)(?![\p{L}\p{N}'])/giu

// Idioms that contain a negator but sell rather than deny: "there has never been a better time",
// "don't wait", "no better way", "nothing beats", "you won't find a better deal". They are
// blanked before the negation test, so only a denial of the claim itself can soften a finding.
const SELLING_IDIOMS = new RegExp(
  [
    "(?:never|no)\\s+(?:been\\s+)?(?:a\\s+)?(?:better|best|greater|more\\s+\\p{L}+)\\s+(?:time|way|moment|place|reason|deal|chance|opportunity)",
    "no\\s+better",
    "nothing\\s+(?:like|beats|compares|better|else)",
    "(?:don't|do\\s+not|never|won't)\\s+(?:wait|delay|hesitate|settle|miss|regret|worry)",
    "no\\s+(?:need|reason)\\s+(?:to\\s+wait|not)",
    "not\\s+to\\s+be\\s+missed",
    "(?:can't|cannot|can\\s+not)\\s+go\\s+wrong",
    "(?:won't|will\\s+not|can't|cannot|not|never)\\s+(?:find|get|see)\\s+(?:a\\s+|any\\s+)?(?:better|cheaper|lower|greater|bigger)",
    "no\\s+(?:wonder|doubt|question)",
    "without\\s+(?:a\\s+)?doubt",
    "no\\s+more",
    "never\\s+(?:looked|felt|been)",
    "why\\s+not",
  ].join('|'),
  'giu',
)

function maskIdioms(text: string): string {
  return text.replace(SELLING_IDIOMS, (idiom) => ' '.repeat(idiom.length))
}

// A clause ends at these; a negation on the other side of one does not reach the claim.
const CLAUSE_BREAK =
  /[,;:()]|\s-\s|(?<![\p{L}])(?:but|however|although|though|yet|while|whereas)(?![\p{L}])/iu

function lastWords(text: string, count: number): string {
  const words = text.split(/\s+/).filter(Boolean)
  return words.slice(-count).join(' ')
}

function firstWords(text: string, count: number): string {
  const words = text.split(/\s+/).filter(Boolean)
  return words.slice(0, count).join(' ')
}

function clauseBefore(text: string): string {
  let clause = text
  for (;;) {
    const match = CLAUSE_BREAK.exec(clause)
    if (!match) return clause
    clause = clause.slice(match.index + match[0].length)
  }
}

function clauseAfter(text: string): string {
  const match = CLAUSE_BREAK.exec(text)
  return match ? text.slice(0, match.index) : text
}

export function isQuestion(sentence: string): boolean {
  return /\?["')\]\s]*$/.test(sentence)
}

// "Can you close pores permanently?" asks; "Want pores that stay small forever?" sells. Only a
// question that opens with an auxiliary or a question word counts as asking.
const ASKING_START =
  /^["'(\s]*(?:can|could|do|does|did|is|are|was|were|will|would|should|shall|has|have|may|might|how|why|what|when|which|who|where)(?![\p{L}])/iu

export function isAskingQuestion(sentence: string): boolean {
  return isQuestion(sentence.trimEnd()) && ASKING_START.test(sentence)
}

export function isNegated(sentenceBefore: string, sentenceAfter: string): boolean {
  const before = lastWords(clauseBefore(maskIdioms(sentenceBefore)), WINDOW_WORDS_BEFORE).replace(NOT_ONLY, '')
  if (NEGATOR_BEFORE.test(before)) return true
  const after = firstWords(clauseAfter(maskIdioms(sentenceAfter)), WINDOW_WORDS_AFTER)
  return NEGATOR_AFTER.test(after)
}

/**
 * @param sentence the whole sentence
 * @param matchStart offset of the match inside `sentence`
 * @param matchEnd offset just after the match inside `sentence`
 */
export function usageContext(sentence: string, matchStart: number, matchEnd: number): UsageContext {
  if (isNegated(sentence.slice(0, matchStart), sentence.slice(matchEnd))) return 'negated'
  if (isQuestion(sentence.trimEnd())) return isAskingQuestion(sentence) ? 'question' : 'plain'
  return 'plain'
}

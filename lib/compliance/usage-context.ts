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
  /(?<![\p{L}\p{N}'])(?:(?:is|are|was|were|be)\s+(?:not|never)|isn't|aren't|wasn't|weren't|cannot|can't|won't|doesn't|don't|does\s+not|do\s+not|impossible|not\s+possible|(?:a|the)\s+myths?|myths?|unrealistic)(?![\p{L}\p{N}'])/iu

// "not only ... but" adds to a claim instead of denying it.
const NOT_ONLY = /(?<![\p{L}\p{N}'])not\s+(?:only|just)(?![\p{L}\p{N}'])/giu

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

export function isNegated(sentenceBefore: string, sentenceAfter: string): boolean {
  const before = lastWords(clauseBefore(sentenceBefore), WINDOW_WORDS_BEFORE).replace(NOT_ONLY, '')
  if (NEGATOR_BEFORE.test(before)) return true
  const after = firstWords(clauseAfter(sentenceAfter), WINDOW_WORDS_AFTER)
  return NEGATOR_AFTER.test(after)
}

/**
 * @param sentence the whole sentence
 * @param matchStart offset of the match inside `sentence`
 * @param matchEnd offset just after the match inside `sentence`
 */
export function usageContext(sentence: string, matchStart: number, matchEnd: number): UsageContext {
  if (isNegated(sentence.slice(0, matchStart), sentence.slice(matchEnd))) return 'negated'
  if (isQuestion(sentence.trimEnd())) return 'question'
  return 'plain'
}

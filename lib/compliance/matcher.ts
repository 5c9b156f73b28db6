import type {Severity, TextSegment} from './types'

// Word boundaries that know about letters beyond ASCII: "best" must not match "bestow" or
// "Bestätigung", and "cure" must not match "secure" or "manicure".
const BEFORE = '(?<![\\p{L}\\p{N}_])'
const AFTER = '(?![\\p{L}\\p{N}_])'

/** Context around a match that turns it into a non-finding ("best to avoid", "leading to"). */
export interface Exclusion {
  /** Tested against the text just before the match (ends at the match). */
  before?: RegExp
  /** Tested against the text just after the match (starts at the match's end). */
  after?: RegExp
  /** Tested against the sentence and the match's offsets in it (parts of speech, for instance). */
  inSentence?: (sentence: string, start: number, end: number) => boolean
}

export interface TextRuleDefinition {
  id: string
  severity: Severity
  regulation: string
  /** What is wrong and what to do, for an editor. `{match}` is replaced with the matched words. */
  message: string
  /** Regular-expression sources, written for case-insensitive matching; word boundaries are added. */
  terms: string[]
  /** Which text the rule reads; all text by default. */
  roles?: Array<TextSegment['role']>
  /**
   * The severity when the words are negated ("we do not offer discounts"). Error rules about
   * wording drop to a warning so an editor can judge and acknowledge the sentence; rules about
   * what is named (prescription brands) stay errors.
   */
  negatedSeverity?: Severity
  /**
   * The severity when the sentence genuinely asks ("Can you close pores permanently?"); error
   * rules stay errors in questions unless this says otherwise. Selling questions ("Want pores
   * that stay small forever?") are read as plain claims.
   */
  questionSeverity?: Severity
  exclusions?: Exclusion[]
}

export interface CompiledTextRule extends TextRuleDefinition {
  pattern: RegExp
}

export function compileTerms(terms: string[]): RegExp {
  // Longer alternatives first so "best-in-class" wins over "best" at the same position.
  const sorted = [...terms].sort((a, b) => b.length - a.length)
  return new RegExp(`${BEFORE}(?:${sorted.map((term) => `(?:${term})`).join('|')})${AFTER}`, 'giu')
}

export function compileRule(definition: TextRuleDefinition): CompiledTextRule {
  return {...definition, pattern: compileTerms(definition.terms)}
}

const LOOKBEHIND_CHARS = 40
const LOOKAHEAD_CHARS = 40

export function isExcluded(
  rule: TextRuleDefinition,
  text: string,
  start: number,
  end: number,
  sentence?: {text: string; start: number},
): boolean {
  if (!rule.exclusions) return false
  const before = text.slice(Math.max(0, start - LOOKBEHIND_CHARS), start)
  const after = text.slice(end, end + LOOKAHEAD_CHARS)
  return rule.exclusions.some((exclusion) => {
    if (exclusion.inSentence)
      return sentence !== undefined && exclusion.inSentence(sentence.text, start - sentence.start, end - sentence.start)
    return (
      (exclusion.before === undefined || exclusion.before.test(before)) &&
      (exclusion.after === undefined || exclusion.after.test(after)) &&
      (exclusion.before !== undefined || exclusion.after !== undefined)
    )
  })
}

/** Escapes a literal for use in a term list; hyphens and spaces also match each other. */
export function literalTerm(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[- ]/g, '[-\\s]?')
}

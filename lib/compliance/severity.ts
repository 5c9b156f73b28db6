import type {Severity, UsageContext} from './types'

// How a rule's severity changes with the way its words are used; shared by the English and the
// Chinese rules so both follow one policy.
export interface SeverityPolicy {
  severity: Severity
  negatedSeverity?: Severity
  questionSeverity?: Severity
}

export function severityFor(rule: SeverityPolicy, context: UsageContext): Severity {
  if (rule.severity !== 'error') return 'warning'
  if (context === 'negated') return rule.negatedSeverity ?? 'error'
  if (context === 'question') return rule.questionSeverity ?? 'error'
  return 'error'
}

/** A match located in a field or a sentence, ready to become a finding. */
export interface Located {
  ruleId: string
  severity: Severity
  start: number
  end: number
  context: UsageContext
  message: string
  regulation: string
}

/** The policy of a promise: an error, but a genuine denial or question drops to a warning an editor acknowledges. */
export const ERROR_UNLESS_DENIED_OR_ASKED = {severity: 'error', negatedSeverity: 'warning', questionSeverity: 'warning'} as const satisfies SeverityPolicy

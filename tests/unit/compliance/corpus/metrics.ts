import {checkDocument, type Finding} from '@/lib/compliance'
import {postWithText} from '../helpers'
import type {LabelledSentence} from './labelled-sentences'

export type Verdict = 'error' | 'warning' | 'none'

export interface Scored {
  label: LabelledSentence[0]
  rule: string
  text: string
  verdict: Verdict
  findings: Finding[]
  correct: boolean
}

export interface Figures {
  sentences: number
  /** Error-labelled sentences that got an error. */
  errorRecall: number
  /** Violations (error or warning labels) that got any finding. */
  overallRecall: number
  /** Sentences given an error that are labelled error. */
  errorPrecision: number
  /** Sentences given any finding that are violations (ok-ack sentences with only a warning are not counted as flagged). */
  overallPrecision: number
  /** Compliant sentences wrongly flagged: ok with any finding, ok-ack with an error. */
  falseFlagRate: number
  misses: Scored[]
  falseFlags: Scored[]
}

// The corpus labels advertising wording. Whether a claim cites a source is a separate question,
// labelled in source-claims.ts, so that rule does not count here.
const SOURCING_RULES = new Set(['claim-needs-source'])

export function verdictOf(allFindings: Finding[]): Verdict {
  const findings = allFindings.filter((f) => !SOURCING_RULES.has(f.ruleId))
  if (findings.some((f) => f.severity === 'error')) return 'error'
  return findings.length ? 'warning' : 'none'
}

function isCorrect(label: LabelledSentence[0], verdict: Verdict): boolean {
  switch (label) {
    case 'error':
      return verdict === 'error'
    case 'warning':
      return verdict !== 'none'
    case 'ok':
      return verdict === 'none'
    case 'ok-ack':
      return verdict !== 'error'
  }
}

export function score(sentences: readonly LabelledSentence[]): Scored[] {
  return sentences.map(([label, rule, text]) => {
    const findings = checkDocument(postWithText(text))
    const verdict = verdictOf(findings)
    return {label, rule, text, verdict, findings, correct: isCorrect(label, verdict)}
  })
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole)

export function figures(scored: Scored[]): Figures {
  const errors = scored.filter((s) => s.label === 'error')
  const violations = scored.filter((s) => s.label === 'error' || s.label === 'warning')
  const compliant = scored.filter((s) => s.label === 'ok' || s.label === 'ok-ack')
  const givenError = scored.filter((s) => s.verdict === 'error')
  const flagged = scored.filter((s) => s.verdict === 'error' || (s.verdict === 'warning' && s.label !== 'ok-ack'))
  const falseFlags = compliant.filter((s) => !s.correct)
  return {
    sentences: scored.length,
    errorRecall: ratio(errors.filter((s) => s.verdict === 'error').length, errors.length),
    overallRecall: ratio(violations.filter((s) => s.verdict !== 'none').length, violations.length),
    errorPrecision: ratio(givenError.filter((s) => s.label === 'error').length, givenError.length),
    overallPrecision: ratio(
      flagged.filter((s) => s.label === 'error' || s.label === 'warning').length,
      flagged.length,
    ),
    falseFlagRate: ratio(falseFlags.length, compliant.length),
    misses: violations.filter((s) => !s.correct),
    falseFlags,
  }
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`

export function describeFigures(name: string, f: Figures): string {
  return (
    `${name}: ${f.sentences} sentences; error recall ${pct(f.errorRecall)}, overall recall ${pct(f.overallRecall)}, ` +
    `error precision ${pct(f.errorPrecision)}, overall precision ${pct(f.overallPrecision)}, false flags ${pct(f.falseFlagRate)}`
  )
}

/** Per kind (the corpus's second column): how many sentences got the verdict their label needs. */
export function describeByKind(scored: Scored[]): string {
  const kinds = new Map<string, Scored[]>()
  for (const s of scored) kinds.set(s.rule, [...(kinds.get(s.rule) ?? []), s])
  return [...kinds]
    .map(([kind, of]) => `  ${kind} (${of[0]?.label}): ${of.filter((s) => s.correct).length}/${of.length}`)
    .join('\n')
}

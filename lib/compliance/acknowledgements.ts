import type {Acknowledgement, Finding} from './types'

export interface AcknowledgementResult {
  /** Errors, and warnings without a matching acknowledgement. */
  open: Finding[]
  /** Warnings an editor acknowledged, with the acknowledgement. */
  acknowledged: Array<{finding: Finding; acknowledgement: Acknowledgement}>
  /** Acknowledgements that no longer match a warning (the text changed or was removed). */
  stale: Acknowledgement[]
  /** Acknowledgements that point at errors: errors cannot be acknowledged, so these do nothing. */
  ignoredForErrors: Acknowledgement[]
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const optionalString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

/** Reads the `complianceAcknowledgements` field defensively: it is editor-written data. */
export function readAcknowledgements(value: unknown): Acknowledgement[] {
  if (!Array.isArray(value)) return []
  return value.filter(isRecord).map((item) => {
    const ack: Acknowledgement = {}
    for (const key of [
      'ruleId',
      'path',
      'match',
      'fingerprint',
      'reason',
      'acknowledgedBy',
      'acknowledgedAt',
    ] as const) {
      const text = optionalString(item[key])
      if (text !== undefined) ack[key] = text
    }
    return ack
  })
}

// An acknowledgement needs a reason; the schema asks for at least 10 characters.
const MIN_REASON_LENGTH = 10

export function isValidAcknowledgement(ack: Acknowledgement): boolean {
  return (
    typeof ack.fingerprint === 'string' &&
    ack.fingerprint !== '' &&
    (ack.reason ?? '').trim().length >= MIN_REASON_LENGTH
  )
}

export function partitionByAcknowledgement(
  findings: Finding[],
  rawAcknowledgements: unknown,
): AcknowledgementResult {
  const acknowledgements = readAcknowledgements(rawAcknowledgements).filter(isValidAcknowledgement)
  const byFingerprint = new Map<string, Acknowledgement>()
  for (const ack of acknowledgements) if (ack.fingerprint) byFingerprint.set(ack.fingerprint, ack)

  const result: AcknowledgementResult = {open: [], acknowledged: [], stale: [], ignoredForErrors: []}
  const used = new Set<Acknowledgement>()
  for (const finding of findings) {
    const ack = byFingerprint.get(finding.fingerprint)
    // The fingerprint already covers the rule; the rule id check guards against hand-edited data.
    const matches = ack !== undefined && (ack.ruleId === undefined || ack.ruleId === finding.ruleId)
    if (matches && finding.severity === 'warning') {
      result.acknowledged.push({finding, acknowledgement: ack})
      used.add(ack)
      continue
    }
    if (matches && finding.severity === 'error') {
      if (!result.ignoredForErrors.includes(ack)) result.ignoredForErrors.push(ack)
      used.add(ack)
    }
    result.open.push(finding)
  }
  result.stale = acknowledgements.filter((ack) => !used.has(ack))
  return result
}

/** The entry to store in `complianceAcknowledgements` for a warning. */
export function acknowledgementFor(
  finding: Finding,
  reason: string,
  by?: string,
  at: Date = new Date(),
): Acknowledgement & {_type: 'complianceAcknowledgement'} {
  if (finding.severity !== 'warning') throw new Error(`Errors cannot be acknowledged (${finding.ruleId})`)
  return {
    _type: 'complianceAcknowledgement',
    ruleId: finding.ruleId,
    path: finding.path,
    match: finding.match,
    fingerprint: finding.fingerprint,
    reason,
    ...(by ? {acknowledgedBy: by} : {}),
    acknowledgedAt: at.toISOString(),
  }
}

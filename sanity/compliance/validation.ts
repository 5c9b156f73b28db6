import type {CustomValidator, DocumentRule, SanityDocument, ValidationError} from 'sanity'
import {checkDocument, type CheckableDocument, type Finding} from '../../lib/compliance'

// Document-level validation: every open finding becomes a marker on the field it was found in,
// so editors see it beside the text as they type. Sanity takes the marker level from the rule,
// not from the result, hence two rules: one reporting errors (these block Publish) and one
// reporting warnings (shown, publish still allowed).

// Both rules read the same document; check it once per revision of the value.
const cache = new WeakMap<object, Finding[]>()
function findingsFor(doc: SanityDocument | undefined): Finding[] {
  if (!doc) return []
  let findings = cache.get(doc)
  if (!findings) {
    findings = checkDocument(doc as CheckableDocument)
    cache.set(doc, findings)
  }
  return findings
}

export function markerMessage(finding: Finding): string {
  const where = finding.match ? ` "${finding.match}"` : ''
  const rule = finding.severity === 'warning' ? `${finding.ruleId}, fingerprint ${finding.fingerprint}` : finding.ruleId
  return `${finding.message} (${rule}${where ? `;${where}` : ''}) ${finding.regulation}`
}

function validatorFor(severity: Finding['severity']): CustomValidator<SanityDocument | undefined> {
  return (doc) => {
    const markers: ValidationError[] = findingsFor(doc)
      .filter((finding) => finding.severity === severity)
      .map((finding) => ({message: markerMessage(finding), path: finding.pathSegments}))
    return markers.length ? markers : true
  }
}

export const complianceErrors = validatorFor('error')
export const complianceWarnings = validatorFor('warning')

/**
 * Use as the document type's validation:
 *   defineType({name: 'post', type: 'document', validation: complianceValidation, ...})
 * or next to other document rules:
 *   validation: (rule) => [...complianceValidation(rule), rule.custom(...)]
 */
export function complianceValidation(rule: DocumentRule): DocumentRule[] {
  return [rule.custom(complianceErrors).error(), rule.custom(complianceWarnings).warning()]
}

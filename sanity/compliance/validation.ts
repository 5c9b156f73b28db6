import type {CustomValidator, DocumentRule, SanityDocument, ValidationError} from 'sanity'
import {
  checkDocument,
  checkDocumentDetailed,
  publishBlock,
  type CheckableDocument,
  type Finding,
} from '../../lib/compliance'
import {describeLocation} from '../../lib/compliance/paths'
import type {PathSegment} from '../../lib/compliance/types'
import {readabilityWarnings} from './readability'

// Document-level validation: every open finding becomes a marker on the field it was found in,
// so editors see it beside the text as they type. Sanity takes the marker level from the rule,
// not from the result, hence two rules. Error markers disable Publish: errors always, and the
// warnings the severity policy (lib/compliance/publish-policy.ts) blocks until an editor
// acknowledges them with a reason. Other warnings are warning markers (publish allowed).

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

/**
 * The marker an editor reads: what is wrong, what to do, where (in words, see describeLocation)
 * and the regulation behind it. Rule ids and fingerprints are for the CLI and the stored
 * acknowledgements; they mean nothing to an editor, so they stay out of the Studio.
 */
export function markerMessage(finding: Finding, doc?: unknown): string {
  const blocking =
    publishBlock(finding) === 'until-acknowledged'
      ? ' Publishing is blocked until an editor acknowledges this with a reason ("Acknowledge warnings").'
      : ''
  return `${finding.message}${blocking} Where: ${describeLocation(doc, finding)}. Source: ${finding.regulation}.`
}

// A link's marker goes on its paragraph: the Studio names a link's own path by schema internals
// ("Body / Block / Mark definitions / External link"), and the message already names the link.
function markerPath(finding: Finding): PathSegment[] {
  const markDefs = finding.pathSegments.indexOf('markDefs')
  return markDefs === -1 ? finding.pathSegments : finding.pathSegments.slice(0, markDefs)
}

function validatorFor(blocksPublish: boolean): CustomValidator<SanityDocument | undefined> {
  return (doc) => {
    const markers: ValidationError[] = findingsFor(doc)
      .filter((finding) => (publishBlock(finding) !== 'never') === blocksPublish)
      .map((finding) => ({message: markerMessage(finding, doc), path: markerPath(finding)}))
    return markers.length ? markers : true
  }
}

export const complianceErrors = validatorFor(true)
export const complianceWarnings = validatorFor(false)

/**
 * Use as the document type's validation:
 *   defineType({name: 'post', type: 'document', validation: complianceValidation, ...})
 * or next to other document rules:
 *   validation: (rule) => [...complianceValidation(rule), rule.custom(...)]
 */
export function complianceValidation(rule: DocumentRule): DocumentRule[] {
  return [
    rule.custom(complianceErrors).error(),
    rule.custom(complianceWarnings).warning(),
    rule.custom(readabilityWarnings).warning(),
  ]
}

/**
 * For the `complianceAcknowledgements` array field: flags entries that no longer match a
 * warning (the sentence changed or was removed) and entries that point at errors.
 *   defineField({name: 'complianceAcknowledgements', ..., validation: (rule) => rule.custom(acknowledgementHygiene).warning()})
 */
export const acknowledgementHygiene: CustomValidator<unknown[] | undefined> = (value, context) => {
  const doc = context.document as CheckableDocument | undefined
  if (!doc || !Array.isArray(value) || value.length === 0) return true
  const {stale, ignoredForErrors} = checkDocumentDetailed(doc)
  const keyOf = (item: unknown) =>
    typeof item === 'object' && item !== null && typeof (item as {_key?: unknown})._key === 'string'
      ? (item as {_key: string})._key
      : undefined
  const markers: ValidationError[] = []
  for (const item of value) {
    const key = keyOf(item)
    const fingerprint = (item as {fingerprint?: unknown} | null)?.fingerprint
    if (!key) continue
    if (stale.some((ack) => ack.fingerprint === fingerprint)) {
      markers.push({
        message: 'This acknowledgement no longer matches any warning (the text changed). Remove it.',
        path: [{_key: key}],
      })
    } else if (ignoredForErrors.some((ack) => ack.fingerprint === fingerprint)) {
      markers.push({
        message:
          'This points at an error; errors cannot be acknowledged. Fix the text and remove this entry.',
        path: [{_key: key}],
      })
    }
  }
  return markers.length ? markers : true
}

import type {CustomValidator, SanityDocument, ValidationContext, ValidationError} from 'sanity'
import type {CheckableDocument} from '../../lib/compliance'
import {measureReadability, readabilityTargetsFrom, type ReadabilityTargets} from '../../lib/compliance/readability'

// Readability beside the compliance findings: the reading grade and the paragraph and sentence
// lengths become warning markers (they never block Publish). Targets come from Clinic settings.

const API_VERSION = '2025-02-19'
const TARGETS_TTL_MS = 60_000
let cachedTargets: {at: number; value: Promise<ReadabilityTargets>} | undefined

/** For tests: forget the cached Clinic settings targets. */
export function forgetReadabilityTargets() {
  cachedTargets = undefined
}

function targetsFor(context: ValidationContext): Promise<ReadabilityTargets> {
  if (cachedTargets && Date.now() - cachedTargets.at < TARGETS_TTL_MS) return cachedTargets.value
  // Without a readable Clinic settings document the defaults apply: readability never blocks.
  const value = Promise.resolve()
    .then(() =>
      context
        .getClient({apiVersion: API_VERSION})
        .fetch<unknown>('*[_id in ["drafts.clinicSettings", "clinicSettings"]] | order(_id desc)[0]{readabilityTargets}'),
    )
    .then(readabilityTargetsFrom)
    .catch(() => readabilityTargetsFrom(undefined))
  cachedTargets = {at: Date.now(), value}
  return value
}

export const readabilityWarnings: CustomValidator<SanityDocument | undefined> = async (doc, context) => {
  if (!doc) return true
  const targets =
    doc._type === 'clinicSettings' ? readabilityTargetsFrom(doc) : await targetsFor(context)
  // Runs as editors type: the per-sentence vote is left to the findings view and content:lint.
  const report = measureReadability(doc as CheckableDocument, targets, {hardSentences: false})
  const markers: ValidationError[] = report.issues.map((issue) => ({message: `Readability: ${issue.message}`, path: issue.pathSegments}))
  return markers.length ? markers : true
}

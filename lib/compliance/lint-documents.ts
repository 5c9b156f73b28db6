import {checkDocumentDetailed} from './check-document'
import type {Acknowledgement, CheckableDocument, Finding} from './types'

// Checks a batch of documents; used by content:lint and the Studio's "Open compliance
// findings" view.

// Every type that reaches the public site.
export const LINTED_TYPES = ['post', 'treatment', 'clinicSettings', 'person', 'category', 'page'] as const

export interface DocumentReport {
  id: string
  type: string
  title: string
  open: Finding[]
  acknowledged: Array<{finding: Finding; acknowledgement: Acknowledgement}>
  stale: Acknowledgement[]
  ignoredForErrors: Acknowledgement[]
}

export interface LintSummary {
  documents: DocumentReport[]
  checked: number
  errors: number
  openWarnings: number
  acknowledgedWarnings: number
}

export function documentTitle(doc: CheckableDocument): string {
  for (const field of ['title', 'name', 'clinicName']) {
    const value = doc[field]
    if (typeof value === 'string' && value.trim() !== '') return value
  }
  return typeof doc._id === 'string' ? doc._id : '(untitled)'
}

export function isPublishedId(id: string): boolean {
  return !id.startsWith('drafts.') && !id.startsWith('versions.')
}

export function lintDocuments(docs: readonly CheckableDocument[]): LintSummary {
  const summary: LintSummary = {
    documents: [],
    checked: 0,
    errors: 0,
    openWarnings: 0,
    acknowledgedWarnings: 0,
  }
  for (const doc of docs) {
    summary.checked++
    const result = checkDocumentDetailed(doc)
    const report: DocumentReport = {
      id: typeof doc._id === 'string' ? doc._id : '',
      type: typeof doc._type === 'string' ? doc._type : '',
      title: documentTitle(doc),
      ...result,
    }
    summary.errors += result.open.filter((f) => f.severity === 'error').length
    summary.openWarnings += result.open.filter((f) => f.severity === 'warning').length
    summary.acknowledgedWarnings += result.acknowledged.length
    summary.documents.push(report)
  }
  return summary
}

/** Non-zero when publishing should be stopped: any error, or a warning nobody acknowledged. */
export function lintExitCode(summary: LintSummary): number {
  return summary.errors > 0 || summary.openWarnings > 0 ? 1 : 0
}

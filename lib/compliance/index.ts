// The compliance checker: pure TypeScript shared by the Studio (validation, structure view,
// acknowledge action) and the content:lint CLI. See README.md for the rules and severities.
export {checkDocument, checkDocumentDetailed, findAll} from './check-document'
export {
  acknowledgementFor,
  partitionByAcknowledgement,
  readAcknowledgements,
  type AcknowledgementResult,
} from './acknowledgements'
export {extractDocument} from './extract'
export {fingerprint} from './fingerprint'
export {pathToString} from './paths'
export {publishBlock, type PublishBlock} from './publish-policy'
export {PRESCRIPTION_BRANDS, PRESCRIPTION_GENERICS} from './prescription-brands'
export {REGULATIONS} from './regulations'
export {RULE_IDS, TEXT_RULES} from './rules'
export type {Acknowledgement, CheckableDocument, Finding, PathSegment, Severity, UsageContext} from './types'
export {
  documentTitle,
  isPublishedId,
  LINTED_TYPES,
  lintDocuments,
  lintExitCode,
  type DocumentReport,
  type LintSummary,
} from './lint-documents'

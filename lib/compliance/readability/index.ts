// Readability of body text. Kept out of lib/compliance/index.ts: the retext family is
// ESM-only and heavier than the claim checker, and not every consumer needs it.
export {bodyParagraphs, type Paragraph} from './body-text'
export {describeReadability, measureReadability, type ReadabilityIssue, type ReadabilityReport} from './measure'
export {DEFAULT_READABILITY_TARGETS, readabilityTargetsFrom, type ReadabilityTargets} from './targets'
export {measureZhText, zhSentences, type ZhReadability} from './zh'

import {partitionByAcknowledgement, type AcknowledgementResult} from './acknowledgements'
import {extractDocument} from './extract'
import {fingerprint} from './fingerprint'
import {isExcluded, type CompiledTextRule} from './matcher'
import {normaliseText} from './normalise'
import {REGULATIONS} from './regulations'
import {TEXT_RULES} from './rules'
import {sentenceAt, splitSentences, type SentenceBounds} from './sentences'
import {findAttributedQuotes} from './testimonial-quotes'
import {findPatientStories} from './patient-stories'
import {SENTENCE_RULES} from './grammar'
import {findUnsourcedClaims} from './source-claims'
import type {
  CheckableDocument,
  ExtractedDocument,
  Finding,
  Severity,
  TextSegment,
  UsageContext,
} from './types'
import {usageContext} from './usage-context'
import {severityFor, type Located} from './severity'
import {checkZhSentence} from './zh/check'
import {hasHan, latinOnly, splitByScript} from './zh/script'

const CONTEXT_NOTE: Record<UsageContext, string> = {
  plain: '',
  negated: ' The sentence reads as a denial; if it is truthful, acknowledge it with a reason.',
  question: ' The sentence asks a question; if the answer is truthful, acknowledge it with a reason.',
}

function spanKeyAt(segment: TextSegment, offset: number): string | undefined {
  return segment.spans?.find((span) => offset >= span.start && offset < span.end)?.key
}

function makeFinding(segment: TextSegment, text: string, sentence: SentenceBounds, hit: Located): Finding {
  const sentenceText = segment.text.slice(sentence.start, sentence.end).trim()
  const spanKey = spanKeyAt(segment, hit.start)
  return {
    ruleId: hit.ruleId,
    severity: hit.severity,
    match: segment.text.slice(hit.start, hit.end),
    path: segment.path,
    pathSegments: segment.pathSegments,
    field: segment.field,
    ...(segment.blockKey ? {blockKey: segment.blockKey} : {}),
    ...(spanKey ? {spanKey} : {}),
    start: hit.start,
    end: hit.end,
    sentence: sentenceText,
    context: hit.context,
    message: hit.message,
    regulation: hit.regulation,
    fingerprint: fingerprint(hit.ruleId, segment.path, normaliseText(sentenceText)),
  }
}

// Chinese sentences go to the Chinese rules and are blanked for the English ones; text with no
// Han character takes the English path unchanged.
function checkSegment(segment: TextSegment, rules: readonly CompiledTextRule[], findings: Finding[]) {
  const normalised = normaliseText(segment.text)
  if (!hasHan(normalised)) return checkLatin(segment, normalised, rules, findings)
  const byScript = splitByScript(normalised)
  checkLatin(segment, latinOnly(normalised, byScript), rules, findings)
  for (const sentence of byScript) {
    if (sentence.script !== 'zh') continue
    const sentenceText = normalised.slice(sentence.start, sentence.end)
    for (const hit of checkZhSentence(sentenceText, segment.role)) {
      const start = sentence.start + hit.start
      const end = sentence.start + hit.end
      findings.push(
        makeFinding(segment, normalised, sentence, {
          ...hit,
          start,
          end,
          message: hit.message.replace('{match}', segment.text.slice(start, end)) + CONTEXT_NOTE[hit.context],
        }),
      )
    }
  }
}

function checkLatin(segment: TextSegment, text: string, rules: readonly CompiledTextRule[], findings: Finding[]) {
  let sentences: SentenceBounds[] | undefined
  const sentenceFor = (offset: number) => sentenceAt((sentences ??= splitSentences(text)), offset)

  for (const rule of rules) {
    if (rule.roles && !rule.roles.includes(segment.role)) continue
    rule.pattern.lastIndex = 0
    for (let match = rule.pattern.exec(text); match; match = rule.pattern.exec(text)) {
      const start = match.index
      const end = start + match[0].length
      if (end === start) {
        rule.pattern.lastIndex++
        continue
      }
      const sentence = sentenceFor(start)
      const sentenceText = text.slice(sentence.start, sentence.end)
      if (isExcluded(rule, text, start, end, {text: sentenceText, start: sentence.start})) continue
      const context = usageContext(sentenceText, start - sentence.start, end - sentence.start)
      const matched = segment.text.slice(start, end)
      findings.push(
        makeFinding(segment, text, sentence, {
          ruleId: rule.id,
          severity: severityFor(rule, context),
          start,
          end,
          context,
          message: rule.message.replace('{match}', matched) + CONTEXT_NOTE[context],
          regulation: rule.regulation,
        }),
      )
    }
  }

  // Quotes and stories are found as spans, not by a phrase rule: each is an error on plain text.
  const spanErrors = (
    spans: {start: number; end: number}[],
    ruleId: string,
    message: string,
    regulation: string,
  ) => {
    for (const span of spans) {
      findings.push(
        makeFinding(segment, text, sentenceFor(span.start), {
          ruleId,
          severity: 'error',
          start: span.start,
          end: span.end,
          context: 'plain',
          message,
          regulation,
        }),
      )
    }
  }
  spanErrors(
    findAttributedQuotes(text),
    'testimonial-quote',
    'A quotation attributed to a patient is a testimonial. The clinic may not publish it; remove the quote.',
    REGULATIONS.testimonial,
  )
  checkSentences(segment, text, (sentences ??= splitSentences(text)), findings)
  if (segment.role !== 'text') return
  for (const claim of findUnsourcedClaims(text, segment.cited === true)) {
    findings.push(
      makeFinding(segment, text, sentenceFor(claim.start), {
        ruleId: 'claim-needs-source',
        severity: 'warning',
        start: claim.start,
        end: claim.end,
        context: 'plain',
        message: `"${segment.text.slice(claim.start, claim.end)}" states a figure or an effect. Cite a source in this paragraph (a citation mark numbering one of the references), or acknowledge why none is needed.`,
        regulation: REGULATIONS.sourcing,
      }),
    )
  }
  spanErrors(
    findPatientStories(text),
    'patient-story',
    'This tells the result of a particular patient. A patient story is an after-only depiction and a testimonial, which the clinic may not publish; describe what typically happens instead.',
    REGULATIONS.patientStory,
  )
}

// A quoted testimonial already reports the patient in that sentence: one finding is enough.
function quoted(findings: Finding[], segment: TextSegment, sentence: SentenceBounds): boolean {
  return findings.some(
    (f) => f.ruleId === 'testimonial-quote' && f.path === segment.path && f.start < sentence.end && f.end > sentence.start,
  )
}

// Rules read from each sentence's structure (grammar/): the same findings as the phrase rules,
// for wording no phrase list names.
function checkSentences(segment: TextSegment, text: string, sentences: SentenceBounds[], findings: Finding[]) {
  for (const sentence of sentences) {
    const sentenceText = text.slice(sentence.start, sentence.end)
    if (sentenceText.trim() === '') continue
    for (const rule of SENTENCE_RULES) {
      if (rule.id === 'patient-story' && (segment.role !== 'text' || quoted(findings, segment, sentence))) continue
      for (const hit of rule.find(sentenceText)) {
        const context = rule.ignoreContext ? 'plain' : usageContext(sentenceText, hit.start, hit.end)
        const severity: Severity =
          rule.severity !== 'error'
            ? 'warning'
            : context === 'negated'
              ? (rule.negatedSeverity ?? 'error')
              : context === 'question'
                ? (rule.questionSeverity ?? 'error')
                : 'error'
        const start = sentence.start + hit.start
        const end = sentence.start + hit.end
        findings.push(
          makeFinding(segment, text, sentence, {
            ruleId: rule.id,
            severity,
            start,
            end,
            context,
            message: rule.message.replace('{match}', segment.text.slice(start, end)) + CONTEXT_NOTE[context],
            regulation: rule.regulation,
          }),
        )
      }
    }
  }
}

function checkImages(extracted: ExtractedDocument, findings: Finding[]) {
  for (const image of extracted.images) {
    if (!image.depictsPatientResult) continue
    const path = `${image.path}.depictsPatientResult`
    findings.push({
      ruleId: 'patient-result-image',
      severity: 'error',
      match: 'Shows a patient result',
      path,
      pathSegments: [...image.pathSegments, 'depictsPatientResult'],
      field: image.field,
      ...(image.blockKey ? {blockKey: image.blockKey} : {}),
      start: 0,
      end: 0,
      sentence: image.identity,
      context: 'plain',
      message:
        'This image is marked as showing a patient before or after treatment. Such images may not be published; remove the image.',
      regulation: REGULATIONS.patientImage,
      fingerprint: fingerprint('patient-result-image', path, image.identity),
    })
  }
}

function isExternal(href: string): boolean {
  return /^(?:https?:)?\/\//i.test(href.trim())
}

function checkLinks(extracted: ExtractedDocument, findings: Finding[]) {
  for (const link of extracted.links) {
    if (link.reviewed || !isExternal(link.href)) continue
    findings.push({
      ruleId: 'unreviewed-link',
      severity: 'warning',
      match: link.text || link.href,
      path: link.path,
      pathSegments: link.pathSegments,
      field: link.field,
      ...(link.blockKey ? {blockKey: link.blockKey} : {}),
      start: link.start,
      end: link.end,
      sentence: link.href,
      context: 'plain',
      message: `The link to ${link.href} has not been checked. Open it, make sure it has no testimonials, before/after photos or promotions, then tick "I have checked this site".`,
      regulation: REGULATIONS.hyperlink,
      fingerprint: fingerprint('unreviewed-link', link.path, link.href),
    })
  }
}

// One finding per rule and place: "100% safe" and "100%" overlap within one rule.
function dedupe(findings: Finding[]): Finding[] {
  const kept: Finding[] = []
  for (const finding of findings) {
    const overlaps = kept.some(
      (other) =>
        other.ruleId === finding.ruleId &&
        other.path === finding.path &&
        finding.start < other.end &&
        other.start < finding.end,
    )
    if (!overlaps) kept.push(finding)
  }
  return kept
}

/** Every finding in a document, acknowledged or not, in document order. */
export function findAll(doc: CheckableDocument, rules: readonly CompiledTextRule[] = TEXT_RULES): Finding[] {
  const extracted = extractDocument(doc)
  const findings: Finding[] = []
  for (const segment of extracted.segments) {
    const before = findings.length
    checkSegment(segment, rules, findings)
    // Within one field, report in reading order.
    const own = findings.splice(before).sort((a, b) => a.start - b.start || a.end - b.end)
    findings.push(...own)
  }
  checkImages(extracted, findings)
  checkLinks(extracted, findings)
  return dedupe(findings)
}

/** Findings split into open ones and warnings an editor has acknowledged. */
export function checkDocumentDetailed(doc: CheckableDocument): AcknowledgementResult {
  return partitionByAcknowledgement(findAll(doc), doc.complianceAcknowledgements)
}

/**
 * The open findings of a document: every error, and the warnings no editor has acknowledged
 * for the sentence as it now reads.
 */
export function checkDocument(doc: CheckableDocument): Finding[] {
  return checkDocumentDetailed(doc).open
}

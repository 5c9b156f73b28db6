import {fleschKincaid} from 'flesch-kincaid'
import type {Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {retext} from 'retext'
import retextReadability from 'retext-readability'
import {syllable} from 'syllable'
import {visit} from 'unist-util-visit'
import type {CheckableDocument, PathSegment} from '../types'
import {bodyParagraphs} from './body-text'
import {DEFAULT_READABILITY_TARGETS, type ReadabilityTargets} from './targets'
import {hasHan, latinOnly, splitByScript} from '../zh/script'
import {measureZhText, type ZhReadability} from './zh'

// Readability of a document's body text, measured with the unified/retext family: retext-english
// splits sentences and words, syllable counts syllables, flesch-kincaid gives the US grade, and
// retext-readability (seven formulas voting) picks out single sentences that are hard to read.

const LONG_WORD_SYLLABLES = 3

export interface ReadabilityIssue {
  kind: 'grade' | 'long-paragraph' | 'long-sentence' | 'hard-sentence' | 'zh-sentence-length' | 'zh-uncommon-characters'
  pathSegments: PathSegment[]
  field: string
  message: string
}

export interface ReadabilityReport {
  words: number
  sentences: number
  paragraphs: number
  /** Flesch-Kincaid grade of all body text together (0 when there is none). */
  grade: number
  averageSentenceWords: number
  /** Share of words with three syllables or more. */
  longWordShare: number
  longestParagraphWords: number
  longestSentenceWords: number
  targets: ReadabilityTargets
  meetsTargets: boolean
  issues: ReadabilityIssue[]
  /** Chinese sentences, measured apart (zh.ts); absent when the body has none. */
  chinese?: ZhReadability
}

const processor = retext()

function sentencesOf(tree: Root): Sentence[] {
  const found: Sentence[] = []
  visit(tree, 'SentenceNode', (node: Sentence) => {
    found.push(node)
  })
  return found
}

function wordsOf(sentence: Sentence): string[] {
  const words: string[] = []
  visit(sentence, 'WordNode', (node) => {
    const word = toString(node)
    if (/\p{L}/u.test(word)) words.push(word)
  })
  return words
}

// retext-readability's age is the reader's age; US grade + 5 is the age of a pupil in that grade.
// One frozen processor per grade: building it is most of the cost of a short paragraph.
const hardSentenceProcessors = new Map<number, ReturnType<typeof buildHardSentenceProcessor>>()
function buildHardSentenceProcessor(maxGrade: number) {
  return retext().use(retextReadability, {age: maxGrade + 5, minWords: 8}).freeze()
}

function hardSentences(text: string, maxGrade: number): string[] {
  let hard = hardSentenceProcessors.get(maxGrade)
  if (!hard) hardSentenceProcessors.set(maxGrade, (hard = buildHardSentenceProcessor(maxGrade)))
  const file = hard.processSync(text)
  return file.messages.map((message) => {
    const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
    const end = message.place && 'end' in message.place ? message.place.end.offset : undefined
    return start !== undefined && end !== undefined ? text.slice(start, end) : String(message.reason)
  })
}

const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places

export interface MeasureOptions {
  /** Run retext-readability's per-sentence vote (the slow part); the Studio's markers skip it. */
  hardSentences?: boolean
}

export function measureReadability(
  doc: CheckableDocument,
  targets: ReadabilityTargets = DEFAULT_READABILITY_TARGETS,
  options: MeasureOptions = {},
): ReadabilityReport {
  const issues: ReadabilityIssue[] = []
  let words = 0
  let sentences = 0
  let syllables = 0
  let longWords = 0
  let longestParagraphWords = 0
  let longestSentenceWords = 0
  const allParagraphs = bodyParagraphs(doc)
  // Chinese sentences are measured by their own method (zh.ts); the English formulas read the rest.
  const paragraphs = allParagraphs
    .map((p) => (hasHan(p.text) ? {...p, text: latinOnly(p.text, splitByScript(p.text))} : p))
    .filter((p) => p.text.trim() !== '')
  for (const paragraph of paragraphs) {
    const tree = processor.parse(paragraph.text) as Root
    let paragraphWords = 0
    for (const sentence of sentencesOf(tree)) {
      const list = wordsOf(sentence)
      if (list.length === 0) continue
      sentences++
      paragraphWords += list.length
      longestSentenceWords = Math.max(longestSentenceWords, list.length)
      for (const word of list) {
        const count = syllable(word)
        syllables += count
        if (count >= LONG_WORD_SYLLABLES) longWords++
      }
      if (list.length > targets.maxSentenceWords)
        issues.push({
          kind: 'long-sentence',
          pathSegments: paragraph.pathSegments,
          field: paragraph.field,
          message: `A sentence of ${list.length} words (target ${targets.maxSentenceWords} or fewer): "${toString(sentence).slice(0, 80)}..." Split it.`,
        })
    }
    words += paragraphWords
    longestParagraphWords = Math.max(longestParagraphWords, paragraphWords)
    if (paragraphWords > targets.maxParagraphWords)
      issues.push({
        kind: 'long-paragraph',
        pathSegments: paragraph.pathSegments,
        field: paragraph.field,
        message: `This paragraph has ${paragraphWords} words (target ${targets.maxParagraphWords} or fewer). Phones show it as a wall of text: split it.`,
      })
    if (options.hardSentences === false) continue
    for (const hard of hardSentences(paragraph.text, targets.maxGrade))
      issues.push({
        kind: 'hard-sentence',
        pathSegments: paragraph.pathSegments,
        field: paragraph.field,
        message: `Hard to read above grade ${targets.maxGrade}: "${hard.slice(0, 100)}". Use shorter words and sentences.`,
      })
  }
  const grade = words && sentences ? round(fleschKincaid({sentence: sentences, word: words, syllable: syllables})) : 0
  if (grade > targets.maxGrade && paragraphs[0])
    issues.unshift({
      kind: 'grade',
      pathSegments: paragraphs[0].pathSegments.slice(0, 1),
      field: paragraphs[0].field,
      message: `Reading grade ${grade} (Flesch-Kincaid; target ${targets.maxGrade} or below).`,
    })
  const chinese = measureZhText(allParagraphs.map((p) => p.text))
  const firstChinese = allParagraphs.find((p) => hasHan(p.text))
  let chineseMeets = true
  if (chinese && firstChinese) {
    const at = {pathSegments: firstChinese.pathSegments.slice(0, 1), field: firstChinese.field}
    if (chinese.averageSentenceCharacters > targets.maxChineseSentenceCharacters) {
      chineseMeets = false
      issues.push({
        kind: 'zh-sentence-length',
        ...at,
        message: `Chinese sentences average ${chinese.averageSentenceCharacters} characters (target ${targets.maxChineseSentenceCharacters} or fewer; longest ${chinese.longestSentenceCharacters}). Split long sentences at a full stop (。).`,
      })
    }
    const percent = round(chinese.uncommonShare * 100)
    if (percent > targets.maxChineseUncommonPercent) {
      chineseMeets = false
      issues.push({
        kind: 'zh-uncommon-characters',
        ...at,
        message: `${percent}% of the Chinese characters are outside the 3,500 common ones (target ${targets.maxChineseUncommonPercent}% or less): ${chinese.uncommonCharacters.slice(0, 12).join('、')}. Use everyday words where a medical term is not needed.`,
      })
    }
  }
  return {
    ...(chinese ? {chinese} : {}),
    words,
    sentences,
    paragraphs: allParagraphs.length,
    grade,
    averageSentenceWords: sentences ? round(words / sentences) : 0,
    longWordShare: words ? round(longWords / words, 3) : 0,
    longestParagraphWords,
    longestSentenceWords,
    targets,
    meetsTargets: grade <= targets.maxGrade && longestParagraphWords <= targets.maxParagraphWords && chineseMeets,
    issues,
  }
}

export function describeReadability(report: ReadabilityReport): string {
  const chinese = report.chinese
    ? `Chinese: ${report.chinese.sentences} sentences, ${report.chinese.averageSentenceCharacters} characters a sentence ` +
      `(target <= ${report.targets.maxChineseSentenceCharacters}), ${(report.chinese.uncommonShare * 100).toFixed(1)}% uncommon characters ` +
      `(target <= ${report.targets.maxChineseUncommonPercent}%)`
    : ''
  if (report.words === 0 && chinese) return chinese
  return (
    `grade ${report.grade} (target <= ${report.targets.maxGrade}), ${report.words} words in ${report.sentences} sentences, ` +
    `${report.averageSentenceWords} words a sentence, ${(report.longWordShare * 100).toFixed(1)}% long words, ` +
    `longest paragraph ${report.longestParagraphWords} words (target <= ${report.targets.maxParagraphWords})` +
    (chinese ? `; ${chinese}` : '')
  )
}

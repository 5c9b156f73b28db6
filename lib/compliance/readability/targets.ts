// Reading targets for patient-facing body text. Health-literacy guidance asks for plain
// language; patients read on phones. The clinic can change them in Clinic settings.
export interface ReadabilityTargets {
  /** Highest Flesch-Kincaid grade for a document's body text. */
  maxGrade: number
  /** Longest paragraph, in words. */
  maxParagraphWords: number
  /** Longest sentence, in words. */
  maxSentenceWords: number
  /** Chinese text: highest average sentence length, in characters. */
  maxChineseSentenceCharacters: number
  /** Chinese text: highest share of characters outside the 3,500 common ones, in percent. */
  maxChineseUncommonPercent: number
}

export const DEFAULT_READABILITY_TARGETS: ReadabilityTargets = {
  maxGrade: 8,
  maxParagraphWords: 80,
  maxSentenceWords: 25,
  maxChineseSentenceCharacters: 30,
  maxChineseUncommonPercent: 5,
}

const isPositive = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0

/** Reads `clinicSettings.readabilityTargets` defensively (editor data), filling in defaults. */
export function readabilityTargetsFrom(settings: unknown): ReadabilityTargets {
  const raw =
    typeof settings === 'object' && settings !== null
      ? (settings as {readabilityTargets?: Record<string, unknown>}).readabilityTargets
      : undefined
  return {
    maxGrade: isPositive(raw?.maxGrade) ? raw.maxGrade : DEFAULT_READABILITY_TARGETS.maxGrade,
    maxParagraphWords: isPositive(raw?.maxParagraphWords)
      ? raw.maxParagraphWords
      : DEFAULT_READABILITY_TARGETS.maxParagraphWords,
    maxSentenceWords: isPositive(raw?.maxSentenceWords)
      ? raw.maxSentenceWords
      : DEFAULT_READABILITY_TARGETS.maxSentenceWords,
    maxChineseSentenceCharacters: isPositive(raw?.maxChineseSentenceCharacters)
      ? raw.maxChineseSentenceCharacters
      : DEFAULT_READABILITY_TARGETS.maxChineseSentenceCharacters,
    maxChineseUncommonPercent: isPositive(raw?.maxChineseUncommonPercent)
      ? raw.maxChineseUncommonPercent
      : DEFAULT_READABILITY_TARGETS.maxChineseUncommonPercent,
  }
}

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
  const pick = <K extends keyof ReadabilityTargets>(key: K): number => {
    const value = raw?.[key]
    return isPositive(value) ? value : DEFAULT_READABILITY_TARGETS[key]
  }
  return {
    maxGrade: pick('maxGrade'),
    maxParagraphWords: pick('maxParagraphWords'),
    maxSentenceWords: pick('maxSentenceWords'),
    maxChineseSentenceCharacters: pick('maxChineseSentenceCharacters'),
    maxChineseUncommonPercent: pick('maxChineseUncommonPercent'),
  }
}

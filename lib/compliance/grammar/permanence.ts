import {tagSentence} from './tagger'
import type {SentenceHit} from './types'
import {CONCERN, HABIT, RESULT} from './words'

// Permanence said as a duration or an idiom of finality: "stays clear for years to come", "lasts
// a lifetime", "a thing of the past", "will never fade", "will not return". Results of skin
// treatment do not last for ever (reg 5(1)(c)(ii)), so when the sentence is about skin, a result
// or a concern, this is a guarantee. Advice about habits ("worth keeping for years to come") is not.

const join = (sources: string[]) => sources.map((source) => `(?:${source})`).join('|')

// Idioms of finality: always permanence when the sentence is about skin or a result.
const IDIOMS = join([
  'years\\s+to\\s+come',
  'year\\s+after\\s+year',
  '(?:is|are|be|being)\\s+life-?long',
  'life-?long\\s+(?:results?|effects?|clarity|glow|solution|fix|smooth\\p{L}*|clear\\p{L}*|firm\\p{L}*)',
  'lifetime\\s+(?:results?|effects?|solution|fix|glow|clarity)',
  'a\\s+thing\\s+of\\s+the\\s+past',
  'once\\s+and\\s+for\\s+all',
  'for\\s+the\\s+rest\\s+of\\s+(?:your|their|her|his|my)\\s+li(?:fe|ves)',
  'for\\s+keeps',
  'never\\s+to\\s+(?:return|come\\s+back|be\\s+seen\\s+again|reappear)',
  '(?:stands?|standing)\\s+the\\s+test\\s+of\\s+time',
  'a\\s+lifetime\\s+of',
  // The concern not returning, or the result not fading.
  '(?:will|would|shall)\\s+(?:never|not)\\s+(?:again\\s+)?(?:return|come\\s+back|recur|reappear|fade|grow\\s+back|wear\\s+off|bother\\s+you)',
  "(?:won't|wouldn't|never)\\s+(?:again\\s+)?(?:return|come\\s+back|comes\\s+back|recur|reappear|fade|fades|grow\\s+back|wear\\s+off|bother\\s+you)",
])
// A long or endless duration: permanence when something is said to last or stay that long.
const DURATIONS = join([
  '(?:for|over|through)\\s+(?:(?:many|several|countless|the\\s+next)\\s+)?(?:years|decades|a\\s+lifetime|ever|eternity|the\\s+long\\s+(?:haul|run|term))',
])
const LASTING_BEFORE = /(?<![\p{L}])(?:last|lasts|lasting|stay|stays|staying|remain|remains|keep|keeps|hold|holds|endure|endures|persist)(?![\p{L}])(?:\s+[\p{L}',-]+){0,4}\s*$/iu
const HEDGED = /(?<![\p{L}])(?:can|may|might|could|without\s+treatment|untreated|if)(?![\p{L}])/iu

const bounded = (source: string) => new RegExp(`(?<![\\p{L}])(?:${source})(?![\\p{L}])`, 'giu')
const IDIOM_PATTERN = bounded(IDIOMS)
const DURATION_PATTERN = bounded(DURATIONS)

// "for years" next to a number is a measured duration ("lasts up to two years"), not permanence.
const MEASURED = /(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|up\s+to)\s+$/i

export function findPermanence(sentence: string): SentenceHit[] {
  const hits: SentenceHit[] = []
  IDIOM_PATTERN.lastIndex = 0
  for (let m = IDIOM_PATTERN.exec(sentence); m; m = IDIOM_PATTERN.exec(sentence))
    hits.push({start: m.index, end: m.index + m[0].length})
  DURATION_PATTERN.lastIndex = 0
  for (let m = DURATION_PATTERN.exec(sentence); m; m = DURATION_PATTERN.exec(sentence)) {
    const before = sentence.slice(0, m.index)
    if (MEASURED.test(before) || !LASTING_BEFORE.test(before) || HEDGED.test(before)) continue
    hits.push({start: m.index, end: m.index + m[0].length})
  }
  if (hits.length === 0) return []
  if (HABIT.test(sentence)) return []
  if (!CONCERN.test(sentence) && !RESULT.test(sentence) && !/skin|complexion|effects?|treat\p{L}*/iu.test(sentence)) {
    // A bare idiom still promises when the tagger finds a treatment verb in the past participle
    // ("Once the follicle is treated, ..."); otherwise leave it.
    if (!tagSentence(sentence).some((term) => term.tags.has('PastTense') && /treat|remov|clear/.test(term.lower)))
      return []
  }
  return hits
}

import {tagSentence} from './tagger'
import type {SentenceHit} from './types'
import {HEDGE, NUMBER, RESULT, SIDE_EFFECT} from './words'

// A result tied to a number of hours, days or nights, or to a near date ("clearer skin in just
// five days", "visible lifting within 48 hours", "a brighter complexion by the weekend") is a
// "results in N days" promise (reg 5(1)(c)(ii), MOH FAQ). The sentence needs both a time tie and
// a result: a good-result word or a comparative adjective ("tighter", "smoother"). Statements
// of what usually happens ("redness usually settles within 48 hours") and aftercare are not
// promises.

const UNIT = '(?:hours?|days?|nights?|weeks?|hrs?)'
const DAY = '(?:tomorrow|tonight|the\\s+weekend|this\\s+weekend|next\\s+week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)'
const TIME_TIE = new RegExp(
  [
    `(?:in|within|after|by|under)\\s+(?:(?:just|only|under|less\\s+than|as\\s+(?:few|little)\\s+as|about|around)\\s+)*${NUMBER}\\s+(?:more\\s+)?${UNIT}`,
    `${NUMBER}[-\\s]${UNIT.replace('s?', '')}s?\\s+(?:later|after|from\\s+now|on)`,
    `${NUMBER}[-\\s](?:hour|day|night|week)\\s+(?:results?|glow|fix|transformation|miracle|turnaround)`,
    `by\\s+${DAY}`,
    '(?:tomorrow|tonight)(?:\\s+morning)?',
    '(?:the\\s+)?(?:next|following)\\s+(?:morning|day)',
    'the\\s+morning\\s+after',
    'overnight',
    'in\\s+time\\s+for',
    'from\\s+day\\s+one',
  ]
    .map((source) => `(?:${source})`)
    .join('|'),
  'iu',
)
const TIME_TIE_GLOBAL = new RegExp(`(?<![\\p{L}\\p{N}])(?:${TIME_TIE.source})(?![\\p{L}])`, 'giu')

export function findTimedPromises(sentence: string): SentenceHit[] {
  TIME_TIE_GLOBAL.lastIndex = 0
  const tie = TIME_TIE_GLOBAL.exec(sentence)
  if (!tie) return []
  if (HEDGE.test(sentence) || SIDE_EFFECT.test(sentence)) return []
  const rest = sentence.slice(0, tie.index) + ' '.repeat(tie[0].length) + sentence.slice(tie.index + tie[0].length)
  let result: {start: number; end: number} | undefined
  const word = RESULT.exec(rest)
  if (word) result = {start: word.index, end: word.index + word[0].length}
  else {
    const comparative = tagSentence(sentence).find(
      (term) => term.tags.has('Comparative') && (term.end <= tie.index || term.start >= tie.index + tie[0].length),
    )
    if (comparative) result = {start: comparative.start, end: comparative.end}
  }
  if (!result) return []
  const tieEnd = tie.index + tie[0].length
  return [{start: Math.min(result.start, tie.index), end: Math.max(result.end, tieEnd)}]
}

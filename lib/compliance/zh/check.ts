import {severityFor, type Located} from '../severity'
import {zhUsageContext} from './context'
import {findZhStory, ZH_QUOTE, ZH_RULES, ZH_STORY} from './rules'

/** Offsets in the sentence. */
export type ZhHit = Located

/** Every finding of the Chinese rules in one sentence. `role` is the segment's role. */
export function checkZhSentence(sentence: string, role: 'text' | 'imageText' = 'text'): ZhHit[] {
  const hits: ZhHit[] = []
  for (const rule of ZH_RULES) {
    if (rule.sentenceUnless?.test(sentence)) continue
    if (rule.sentenceNeeds && !rule.sentenceNeeds.test(sentence)) continue
    rule.pattern.lastIndex = 0
    for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
      const start = m.index
      const end = start + m[0].length
      if (end === start) {
        rule.pattern.lastIndex++
        continue
      }
      if (rule.exclude?.(sentence.slice(0, start), m[0], sentence.slice(end))) continue
      const context = rule.ignoreContext ? 'plain' : zhUsageContext(sentence, start, end)
      hits.push({
        ruleId: rule.id,
        severity: severityFor(rule, context),
        start,
        end,
        context,
        message: rule.message.replace('{match}', m[0]),
        regulation: rule.regulation,
      })
    }
  }
  // Stories are told in body text; a quote is a testimonial wherever it appears.
  const story = findZhStory(sentence)
  if (story && (role === 'text' || story.id === ZH_QUOTE.id)) {
    const about = story.id === ZH_QUOTE.id ? ZH_QUOTE : ZH_STORY
    hits.push({
      ruleId: about.id,
      severity: 'error',
      start: story.start,
      end: story.end,
      context: 'plain',
      message: about.message,
      regulation: about.regulation,
    })
  }
  return hits
}

import {tagSentence} from './tagger'
import type {SentenceHit} from './types'

// Endorsement by a group of people: celebrities, influencers, editors, or doctors as a group
// ("influencers swear by", "a favourite of K-pop stars", "the go-to clinic for local actresses",
// "dermatologists agree our laser ..."). An endorsement may not be published (reg 14). Doctors
// giving advice ("our doctors recommend a patch test", "dermatologists recommend daily
// sunscreen") are not endorsing the clinic: a group of doctors counts only when what they back
// is ours ("our peel", "this facial", "the clinic").

const FAMOUS =
  "(?:celebrit(?:y|ies)|celebs?|(?:skin|in)fluencers|kols|(?:k-?pop|movie|tv|film|local|hollywood|pop|social\\s+media|instagram|tiktok)\\s+(?:stars|idols)|idols|actresses|actors|(?:fashion|runway|top|instagram)\\s+models|artistes|(?:tv|radio)\\s+hosts|djs|bloggers|vloggers|youtubers|tiktokers|(?:beauty|fashion|magazine)\\s+editors|socialites|athletes|a-listers|famous\\s+faces|tastemakers|beauty\\s+insiders|(?:media|tv|radio|social\\s+media)\\s+personalities|the\\s+rich\\s+and\\s+famous|pageant\\s+\\p{L}+|mediacorp\\s+\\p{L}+)"
const DOCTORS = '(?:doctors|dermatologists|physicians|surgeons|gps|experts|specialists|professionals|nurses|aestheticians)'
const OURS = /(?<![\p{L}])(?:our|this|these|us|the\s+clinic|it)(?![\p{L}])/iu

const join = (sources: string[]) => new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'giu')

const FAMOUS_AS_AGENT = join([
  // Passive agent: "trusted by celebrities", "as used by Mediacorp artistes".
  `(?<![\\p{L}])\\p{L}+(?:ed|en|n)\\s+by\\s+(?:[\\p{L}'-]+\\s+){0,3}?${FAMOUS}(?![\\p{L}])`,
  // Favourite, go-to, choice or secret of a group: "a favourite of K-pop stars".
  `(?<![\\p{L}])(?:favou?rites?|go-to|choice|pick|secret|darling|hit|popular|must-have|staple)\\s+(?:[\\p{L}'-]+\\s+){0,3}?(?:of|for|with|among|amongst)\\s+(?:[\\p{L}'-]+\\s+){0,3}?${FAMOUS}(?![\\p{L}])`,
  // Possessive or compound: "celebrities' favourite", "influencer-approved", "celebrity clients".
  `(?<![\\p{L}])(?:celebrity|influencer|celeb|star|idol|editor)(?:s')?[-\\s](?:approved|endorsed|favou?rites?|loved|tested|clients?|patients?|secret|pick|choice)(?![\\p{L}])`,
])
const FAMOUS_SUBJECT = new RegExp(`(?<![\\p{L}])${FAMOUS}(?![\\p{L}])`, 'giu')
const DOCTORS_SUBJECT = new RegExp(
  `(?<![\\p{L}])(?<!(?:our|your|a|the|ask|tell|with|see|by)\\s+)(?:(?:top|leading|many|most|local|singapore|top\\s+\\p{L}+)\\s+)?${DOCTORS}(?![\\p{L}])`,
  'giu',
)
const ENDORSING_VERB =
  /^(?:\s+[\p{L}',-]+){0,4}?\s+(?:recommend\p{L}*|trust\p{L}*|choose|chose|prefer\p{L}*|love\p{L}*|swear\p{L}*|rave\p{L}*|agree\p{L}*|rely|relies|turn\s+to|refer\p{L}*|send|call|say|endorse\p{L}*|use|go\s+to|book|come\s+to)(?![\p{L}])/iu

function verbAfter(sentence: string, end: number, within = 4): {start: number; end: number} | undefined {
  const terms = tagSentence(sentence)
  const index = terms.findIndex((term) => term.start >= end)
  if (index < 0) return undefined
  for (const term of terms.slice(index, index + within)) {
    if (term.tags.has('Verb') && !term.tags.has('Copula') && !term.tags.has('Auxiliary')) return term
    if (term.tags.has('Preposition') || term.tags.has('Determiner')) return undefined
  }
  return undefined
}

export function findGroupEndorsements(sentence: string): SentenceHit[] {
  const hits: SentenceHit[] = []
  FAMOUS_AS_AGENT.lastIndex = 0
  for (let m = FAMOUS_AS_AGENT.exec(sentence); m; m = FAMOUS_AS_AGENT.exec(sentence))
    hits.push({start: m.index, end: m.index + m[0].length})
  FAMOUS_SUBJECT.lastIndex = 0
  for (let m = FAMOUS_SUBJECT.exec(sentence); m; m = FAMOUS_SUBJECT.exec(sentence)) {
    const end = m.index + m[0].length
    const verb = verbAfter(sentence, end)
    if (verb) hits.push({start: m.index, end: verb.end})
  }
  DOCTORS_SUBJECT.lastIndex = 0
  for (let m = DOCTORS_SUBJECT.exec(sentence); m; m = DOCTORS_SUBJECT.exec(sentence)) {
    const end = m.index + m[0].length
    const verb = ENDORSING_VERB.exec(sentence.slice(end))
    if (!verb) continue
    const object = sentence.slice(end + verb[0].length)
    if (!OURS.test(object)) continue
    hits.push({start: m.index, end: end + verb[0].length})
  }
  return hits
}

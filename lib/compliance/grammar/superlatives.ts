import {tagSentence, type Term} from './tagger'
import type {SentenceHit} from './types'

// A superlative adjective in any form ("the smoothest skin", "our gentlest laser", "the most
// radiant version of yourself", "the glowiest skin of your life") praises a result or the clinic
// (reg 5(1)(e)). compromise tags superlatives it knows; an unknown adjective ending in -est or
// -iest ("comfiest", "glowiest") is read the same way. Descriptive superlatives in education
// ("the thinnest skin on the body", "the most common cause") are not praise.

// A quick test before the word-by-word one: a word ending in -est, "most", or a life.
const CANDIDATE = /(?:est|most|life|lifetime)(?![\p{L}])/iu

// Superlatives that describe or measure rather than praise.
const DESCRIPTIVE = new Set([
  'common', 'likely', 'frequent', 'important', 'thinnest', 'thickest', 'largest', 'biggest',
  'smallest', 'earliest', 'latest', 'highest', 'lowest', 'longest', 'shortest', 'oldest',
  'deepest', 'nearest', 'closest', 'least', 'fewest', 'worst', 'oiliest', 'driest', 'densest',
  'weakest', 'strongest', 'sensitive', 'prone', 'affected', 'exposed', 'obvious', 'visible',
  'suitable', 'appropriate', 'widely', 'often', 'used', 'studied', 'expensive', 'shiniest',
  'greasiest', 'coarsest', 'slowest', 'mildest', 'lightest', 'darkest', 'warmest', 'coldest',
  'hottest', 'wettest', 'simplest', 'easiest', 'cheapest', 'nearest', 'furthest', 'farthest',
])
// Words ending in -est that are not superlatives.
const NOT_SUPERLATIVE = /^(?:honest|modest|earnest|manifest|interest|suggest|request|digest|invest|arrest|harvest|protest|contest|forest|guest|chest|west|rest|test|best-practice|attest|infest|divest|detest|congest|ingest|nest|pest|quest|vest|zest|jest|crest|lest|unrest|conquest|bequest|midwest|tempest|behest|priest|inquest|latest|retest)$/i

// After the superlative: it is about our results or service.
const PRAISED =
  /^[\s,-]*(?:(?:and|,)?\s*[\p{L}-]+\s+){0,3}?(?:skin|complexion|results?|glow|look|version|clinic|centre|center|laser|peel|facial|treatments?|care|team|doctors?|service|experience|way|option|choice|solution|feeling|self|you|yourself|technology|device|machine|approach|pores|texture|outcomes?|face)(?![\p{L}])|^\s+(?:yet|ever|you(?:'ve|\s+have)\s+(?:ever\s+)?(?:been|had|seen|felt|looked)|you\s+will\s+ever|in\s+(?:town|singapore|the\s+world|asia)|on\s+the\s+(?:island|market)|around|available|money\s+can\s+buy)(?![\p{L}])/iu
const POSSESSOR = /(?:your|our|its|their|her|his|[\p{Lu}][\p{L}]+'s)\s+(?:[\p{L}-]+,?\s+)?$/u
const OF_YOUR_LIFE = /(?<![\p{L}])(?:the|your)\s+(?!(?:rest|stages?|years?|parts?|days?|end|time)\s)(?:[\p{L}-]+\s+){1,3}?of\s+(?:your|my|her|his|their|a)\s+(?:life|lifetime)(?![\p{L}])/giu

function superlativeAt(terms: readonly Term[], index: number): {word: string; start: number; end: number} | undefined {
  const term = terms[index]
  if (!term) return undefined
  if ((term.lower === 'most' || term.lower === 'least') && terms[index + 1]?.tags.has('Adjective')) {
    const next = terms[index + 1]!
    if (term.lower === 'least') return undefined
    return {word: next.lower, start: term.start, end: next.end}
  }
  const adjective = term.tags.has('Adjective') || term.tags.has('Superlative')
  if (!adjective) return undefined
  if (term.tags.has('Superlative') || (/(?:est|iest)$/.test(term.lower) && !NOT_SUPERLATIVE.test(term.lower)))
    return {word: term.lower.replace(/-.*$/, ''), start: term.start, end: term.end}
  return undefined
}

const WORDS = /[\p{L}-]+/gu
// "most people", "most of": not a superlative adjective; checked before tagging, which is slow.
const MOST_NOT_ADJECTIVE = /^(?:people|of|patients|cases|adults|skin|likely|common|important|often|clinics|treatments|sessions|products|women|men)$/i

function worthTagging(sentence: string): boolean {
  if (OF_YOUR_LIFE.test(sentence)) return true
  const words = sentence.match(WORDS) ?? []
  return words.some((word, i) => {
    const lower = word.toLowerCase().replace(/-.*$/, '')
    if (lower === 'most') return !MOST_NOT_ADJECTIVE.test(words[i + 1] ?? '')
    if (lower === 'best') return true
    return /(?:est|iest)$/.test(lower) && lower.length > 4 && !NOT_SUPERLATIVE.test(lower) && !DESCRIPTIVE.has(lower)
  })
}

export function findSuperlatives(sentence: string): SentenceHit[] {
  OF_YOUR_LIFE.lastIndex = 0
  if (!CANDIDATE.test(sentence) || !worthTagging(sentence)) return []
  OF_YOUR_LIFE.lastIndex = 0
  const hits: SentenceHit[] = []
  const terms = tagSentence(sentence)
  for (let i = 0; i < terms.length; i++) {
    const found = superlativeAt(terms, i)
    if (!found) continue
    const after = sentence.slice(found.end)
    const before = sentence.slice(0, found.start)
    // Advice and idioms: "best practice", "it is best to", "at best", "do your best".
    if (/^\s+(?:to|practices?|before|of\s+luck|wishes)(?![\p{L}])/iu.test(after)) continue
    if (/(?:^|[^\p{L}])(?:at|(?:do|try|doing|tried|trying)\s+(?:your|our|my|their|its|his|her))\s+$/iu.test(before)) continue
    const praised = PRAISED.exec(after)
    const possessed = POSSESSOR.test(before)
    if (!praised && !possessed) continue
    if (DESCRIPTIVE.has(found.word) && !/^\s+(?:yet|ever|you|in\s+(?:town|singapore)|on\s+the|around|available)/i.test(after))
      continue
    hits.push({start: found.start, end: found.end})
  }
  OF_YOUR_LIFE.lastIndex = 0
  for (let m = OF_YOUR_LIFE.exec(sentence); m; m = OF_YOUR_LIFE.exec(sentence)) hits.push({start: m.index, end: m.index + m[0].length})
  return hits
}

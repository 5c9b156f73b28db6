// A figure or an efficacy claim must be capable of substantiation (reg 5(1)(a)), and readers
// should be able to check it: a sentence with one and no citation in its paragraph is a warning.
// A paragraph is cited when it carries a `citation` mark or inline object (numbering one of the
// document's references) or a bracketed number such as "[1]" or "[2, 3]".
//
// Kept narrow so education without numbers does not drown in warnings: percentages and ratios
// (not the strength of a product, "2% salicylic acid"), "studies show", "clinically",
// "proven", and an unhedged effect verb ("reduces", "boosts collagen"); "may help reduce",
// questions and denials are not claims of effect.

export interface ClaimMatch {
  start: number
  end: number
}

const CITATION_MARKER = /\[\s*\d+(?:\s*[,\u2013-]\s*\d+)*\s*\]/

const NUMBER_WORD = '(?:\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)'
const STRENGTH_AFTER =
  /^\s*(?:[\p{L}-]+\s+)?(?:salicylic|glycolic|lactic|mandelic|azelaic|niacinamide|retin\p{L}*|benzoyl|vitamin|hyaluronic|acid|aha|bha|pha|zinc|sulph\p{L}*|sulf\p{L}*|urea|concentrat\p{L}*|strength|solution|cream|gel|serum|cleanser|peel|lotion|toner|tca|hydroquinone|alcohol|lidocaine|spf)(?![\p{L}])/iu

// "20% off" is a promotion (its own rule), not a figure to cite.
const PRICE_AFTER = /^\s*(?:off|discount|savings?|cashback|rebate|deposit|gst|service\s+charge)(?![\p{L}])/iu

const CLAIMS = new RegExp(
  [
    // A percentage, or a ratio of people: "40% fewer", "one in five adults", "3 times more".
    `\\d+(?:\\.\\d+)?\\s?(?:%|per\\s?cent|percent)`,
    `${NUMBER_WORD}\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?${NUMBER_WORD}(?=\\s+(?:people|patients|adults|users|participants|women|men|teenagers|teens|singaporeans|asians|cases|children)|\\s*$|[.,;])`,
    `\\d+(?:\\.\\d+)?\\s?(?:x|times|-fold|fold)\\s+(?:more|less|better|faster|higher|lower|greater|as|fewer)`,
    `(?:half|a\\s+third|a\\s+quarter|two[-\\s]thirds|three[-\\s]quarters|the\\s+majority)\\s+of\\s+(?:all\\s+)?(?:people|patients|adults|users|participants|women|men|teenagers|singaporeans|asians)`,
    // Evidence claimed: "studies show", "research has found", "clinically tested", "proven".
    `(?:studies|a\\s+study|research|trials?|evidence|data|scientists|researchers)\\s+(?:[\\p{L}]+\\s+){0,2}?(?:show|shows|showed|shown|found|finds|suggest|suggests|suggested|prove|proves|proved|confirm|confirms|confirmed|indicate|indicates|demonstrate\\p{L}*|reports?|reported)`,
    `clinically`,
    `scientifically`,
    `dermatologically`,
    `proven`,
    `(?:shown|proved)\\s+to`,
    // An effect stated as fact.
    `(?:reduces|reduced|increases|increased|improves|improved|boosts|boosted|stimulates|stimulated|lowers|lowered|halves|halved|doubles|doubled|shrinks|minimi[sz]es|lightens|prevents|repairs|regenerates|rebuilds|restores|cuts)`,
    // The same verbs after a plural subject: "retinoids reduce", "peels boost".
    `(?<=\\p{L}s\\s)(?:reduce|increase|improve|boost|stimulate|lower|shrink|minimi[sz]e|lighten|prevent|repair|regenerate|rebuild|restore)`,
  ]
    .map((source) => `(?:${source})`)
    .join('|'),
  'giu',
)
const BOUNDED = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CLAIMS.source})(?![\\p{L}])`, 'giu')
const EFFECT_VERB = /^(?:reduc|increas|improv|boost|stimulat|lower|halv|doubl|shrink|minimi|lighten|prevent|repair|regenerat|rebuild|restor|cut)/i
// Before an effect verb in its clause: hedged, denied or advice ("may reduce", "helps reduce",
// "does not shrink", "to reduce", "what reduces").
const HEDGED_BEFORE =
  /(?<![\p{L}])(?:may|might|can|could|help|helps|helped|helping|to|tend|tends|often|sometimes|not|n't|never|cannot|which|what|if|whether|claims?|said)(?![\p{L}])[^,;:]*$/iu
// A quick test before the full pattern, which is slow on long text.
const WORTH_CHECKING =
  /\d|stud|research|trial|evidence|data|scien|clinical|dermatolog|proven|shown|proved|reduc|increas|improv|boost|stimulat|lower|halv|doubl|shrink|minimi|lighten|prevent|repair|regenerat|rebuild|restor|cuts|half|third|quarter|majority|one\s+in|out\s+of/i
const SENTENCE = /[^.!?\n]+[.!?]*/g

function isQuestion(sentence: string) {
  return /\?["')\]\s]*$/.test(sentence)
}

/**
 * Figures and efficacy claims in paragraphs without a citation.
 * @param text normalised text of one field or block
 * @param cited whether the block carries a citation mark (Portable Text)
 */
export function findUnsourcedClaims(text: string, cited: boolean): ClaimMatch[] {
  if (cited) return []
  const found: ClaimMatch[] = []
  let paragraphStart = 0
  for (const paragraph of text.split(/(\n\s*\n)/)) {
    const offset = paragraphStart
    paragraphStart += paragraph.length
    if (CITATION_MARKER.test(paragraph)) continue
    SENTENCE.lastIndex = 0
    for (let sentence = SENTENCE.exec(paragraph); sentence; sentence = SENTENCE.exec(paragraph)) {
      const body = sentence[0]
      if (!WORTH_CHECKING.test(body) || isQuestion(body)) continue
      BOUNDED.lastIndex = 0
      for (let m = BOUNDED.exec(body); m; m = BOUNDED.exec(body)) {
        const after = body.slice(m.index + m[0].length)
        if (/%|per\s?cent|percent/i.test(m[0]) && (STRENGTH_AFTER.test(after) || PRICE_AFTER.test(after))) continue
        if (EFFECT_VERB.test(m[0]) && HEDGED_BEFORE.test(body.slice(0, m.index))) continue
        const start = offset + sentence.index + m.index
        found.push({start, end: start + m[0].length})
        break
      }
    }
  }
  return found
}

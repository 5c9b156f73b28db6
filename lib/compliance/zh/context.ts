import type {UsageContext} from '../types'

// Whether a Chinese claim word is denied or asked about: "毛孔无法被永久缩小" and "毛孔能永久缩小吗？"
// tell the truth about a claim rather than make it. As in English the check stays in the clause
// (up to a comma or other break) and reads only outside the match, so a term that carries its
// own negator (无痛, 没有副作用, 不再复发) is not read as a denial of itself.

const CLAUSE_BREAK = /[，,；;：:、（）()]/u

// Words that look like a negator but are not one: 不仅 (not only), 不断 (constantly), 不少 (many),
// 不同 (different), 不适 (discomfort), 不良 (adverse), 非常 (very), 不错 (good), 未来 (future)...
const NEGATOR_BEFORE =
  /(?:不(?!仅|只|但|断|少|同|适|良|错|久|妨|论|管|到|超过|过|停|宜|要错过)|没|未(?!来|成年)|并非|非(?!常|凡|手术|侵入)|无法|难以|谈不上|称不上|别(?!家|处|的|人|具)|勿)/u

// After the claim: "...是不可能的", "...的说法是不实的", "...只是迷思".
const NEGATOR_AFTER =
  /^[^。！？!?]{0,12}?(?:是?不可能|做不到|不存在|不成立|是(?:一个|个)?(?:误区|迷思|谣言|神话)|误区|迷思|不实|夸大|言过其实|不切实际|并不现实|不可信|误导)/u

// Idioms that contain a negator but sell: "不要错过" (don't miss), "无与伦比" (incomparable),
// "没有比…更好" (nothing better). Blanked before the test.
const SELLING_IDIOMS =
  /(?:千万)?(?:不要|别|不容|勿)错过|机不可失|无与伦比|独一无二|无可比拟|无可挑剔|无出其右|不可多得|(?:不用|不必|别|不要)(?:犹豫|等|再等)|无需等待|没有比[^，。！？]*?更|再好不过|不二之选|非你莫属/gu

// A genuine question asks whether something is possible; a selling question ("想要…吗？",
// "还在为…烦恼吗？", "您是否也…") is read as a plain claim.
const QUESTION_MARK = /[？?]\s*["'」』)）]*\s*$|吗\s*$/u
const SELLING_QUESTION = /^(?:[\s"'「『]*)(?:想要|想|还在|渴望|厌倦|受够|是时候|何不|为什么不|谁不想)|是否也|烦恼吗|困扰吗/u
const ASKING = /能否|是否|能不能|可不可以|会不会|有没有|是不是|可以|能|会|吗|怎么|如何|为什么|多久/u

function mask(text: string): string {
  return text.replace(SELLING_IDIOMS, (idiom) => ' '.repeat(idiom.length))
}

export function zhUsageContext(sentence: string, start: number, end: number): UsageContext {
  const masked = mask(sentence)
  const before = masked.slice(0, start)
  const clauseBefore = before.split(CLAUSE_BREAK).pop() ?? ''
  const after = masked.slice(end)
  const clauseAfter = after.split(CLAUSE_BREAK)[0] ?? ''
  if (NEGATOR_BEFORE.test(clauseBefore) || NEGATOR_AFTER.test(clauseAfter)) return 'negated'
  const trimmed = sentence.trim()
  if (QUESTION_MARK.test(trimmed) && !SELLING_QUESTION.test(trimmed) && ASKING.test(trimmed)) return 'question'
  return 'plain'
}

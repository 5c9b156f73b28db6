import type {TextRuleDefinition} from '../matcher'
import {REGULATIONS} from '../regulations'
import {ERROR_UNLESS_DENIED_OR_ASKED} from '../severity'

// Rules about what copy claims. All are warnings: each needs a person's judgement, and a
// truthful negation ("pores cannot be closed permanently") can be acknowledged.

const NUMBER_WORD = '(?:\\d+|one|two|three|four|five|six|seven|eight|ten|a\\s+few|a\\s+single)'
const DURATION = '(?:minutes?|hours?|days?|weeks?|sessions?|treatments?)'
const OUTCOME =
  '(?:results?|improvements?|difference|changes?|smoother|clearer|clear|brighter|smaller|younger|tighter|firmer|glowing|radiant|refined|flawless|vanish(?:es)?)'
// "within two weeks", "by the end of the month", "after your very first session", "in as little as 48 hours"
const TIME_TIE =
  "(?:(?:in|within|by|after|from)\\s+(?:just\\s+|only\\s+|as\\s+little\\s+as\\s+)?(?:a|one|two|three|four|five|six|\\d+|a\\s+few|a\\s+single|the\\s+end\\s+of\\s+the)\\s+(?:minutes?|hours?|days?|weeks?|months?|sessions?|treatments?|visits?|week|month)|(?:after|from|with|in|by)\\s+(?:your\\s+|the\\s+|a\\s+|just\\s+)?(?:very\\s+)?(?:first|1st|second|single|one)\\s+(?:sessions?|treatments?|visits?|appointments?))"

export const superlative: TextRuleDefinition = {
  id: 'superlative',
  severity: 'warning',
  regulation: REGULATIONS.superlative,
  message:
    '"{match}" praises or ranks the service. Describe what the treatment does instead, or acknowledge if it does not describe our services.',
  terms: [
    'best(?:[-\\s]in[-\\s]class)?',
    'no\\.?\\s?1',
    'number\\s+one',
    '#\\s?1',
    'leading',
    'top[-\\s](?:rated|notch|quality|class|tier|choice|picks?|clinics?|doctors?|specialists?|experts?|results?|treatments?|providers?|aesthetic\\p{L}*)',
    'top\\s+\\d+',
    'most\\s+(?:advanced|effective|experienced|trusted|popular|affordable|innovative|renowned|reputable|qualified|reliable|successful|powerful|sought[-\\s]after|comprehensive|established|modern)',
    '(?:cutting|bleeding)[-\\s]edge',
    'state[-\\s]of[-\\s]the[-\\s]art',
    'revolutionary',
    'revolutioni[sz](?:e|es|ed|ing)',
    'miracles?',
    'miraculous(?:ly)?',
    'world[-\\s](?:class|renowned|famous|leading)',
    'award[-\\s]winning',
    'unrivall?ed',
    'unparall?ell?ed',
    'unmatched',
    'unbeatable',
    'unsurpassed',
    'second\\s+to\\s+none',
    'premier',
    'finest',
    'greatest',
    'pioneer(?:s|ed|ing)?',
    'renowned',
    'ultimate',
    'experts?\\s+in',
    '(?:highly\\s+)?acclaimed',
    'highly\\s+(?:rated|regarded|recommended|sought[-\\s]after)',
    'perfect\\s+(?:solution|choice|treatment|answer|fix)',
    'industry[-\\s]leading',
    // "the first clinic in Singapore to...", not "your first clinic visit".
    '(?:the\\s+)?(?:first|only)\\s+(?:clinic|centre|center|provider|practice)s?\\s+(?:in|to)',
    'gold[-\\s]standard',
    'game[-\\s]chang(?:er|ers|ing)',
    'breakthrough',
    'superior',
    'highest\\s+(?:quality|standards?|success)',
    '(?:excellent|outstanding|exceptional|superb|stunning|remarkable)\\s+results?',
  ],
  exclusions: [
    // Advice and idioms, not praise: "it is best to patch-test", "at best", "do your best".
    {after: /^\s+(?:to|practices?|before)(?![\p{L}])/iu},
    {before: /(?:^|[^\p{L}])(?:at|(?:do|try|doing|tried|trying)\s+(?:your|our|my|their|its|his|her))\s+$/iu},
    // "leading to irritation", "the leading cause of": not a claim of prominence.
    {after: /^\s+(?:to|up|into|causes?)(?![\p{L}])/iu},
  ],
}

// A promise of a certain or lasting outcome cannot be substantiated, so it is an error. A
// genuine denial ("pores cannot be closed permanently") or a genuine question ("Can you close
// pores permanently?") drops to a warning an editor acknowledges; a selling idiom ("there is no
// better way to close pores permanently") does not (usage-context.ts).
export const guarantee: TextRuleDefinition = {
  id: 'guarantee',
  ...ERROR_UNLESS_DENIED_OR_ASKED,
  regulation: REGULATIONS.substantiation,
  message:
    '"{match}" promises a certain or lasting outcome. Outcomes vary: rephrase. A sentence that truthfully denies it, or asks about it, can be acknowledged.',
  terms: [
    'guarantee(?:s|d)?',
    'guaranteeing',
    'permanent(?:ly)?',
    'permanence',
    'cure(?:s|d)?',
    'curing',
    'forever',
    // "for good" anywhere ("gone for good with our facial"), not "for good reason/measure/skin".
    'for\\s+good(?!\\s+(?:reasons?|measure|results?|skin|health|hygiene|practice|care|quality|sleep|habits?))',
    // Not "habits for life" (advice to keep doing something).
    '(?<!(?:habits?|routines?|skills?|care)\\s)for\\s+life(?![-\\s](?:threatening|long))',
    'once\\s+and\\s+for\\s+all',
    'never\\s+(?:come|comes|coming)\\s+back',
    // "never worry about breakouts again", "never have to deal with scars again"
    "never\\s+(?:[\\p{L}']+\\s+){1,7}?again",
    'lifetime\\s+results?',
    'lasts?\\s+a\\s+lifetime',
    'say\\s+goodbye\\s+to',
    'banish(?:es|ed|ing)?',
    'put\\s+an\\s+end\\s+to',
    '(?:completely|totally|fully|entirely)\\s+(?:erase|erases|erased|eliminate|eliminates|eliminated|remove|removes|removed|eradicate|eradicates|clear|clears|get\\s+rid\\s+of)',
    'money[-\\s]back',
    '(?:we|i)\\s+promise',
    'promised\\s+results?',
    '(?:results?|outcomes?|success)\\s+(?:is|are)\\s+assured',
    'assured\\s+(?:results?|outcomes?)',
  ],
}

export const unjustifiedExpectation: TextRuleDefinition = {
  id: 'unjustified-expectation',
  severity: 'warning',
  regulation: REGULATIONS.expectation,
  message:
    '"{match}" sets an expectation the treatment may not meet for everyone. Say what typically happens and that results vary.',
  terms: [
    'instant(?:ly|aneous|aneously)?',
    'immediate(?:ly)?\\s+(?:results?|effects?|improvements?|visible|noticeable|transformation)',
    `results?\\s+(?:in|within)\\s+(?:just\\s+|only\\s+)?${NUMBER_WORD}\\s+${DURATION}`,
    `(?:see|notice|visible)\\s+(?:results?|(?:a\\s+)?difference|improvements?)\\s+(?:in|within|after)\\s+(?:just\\s+|only\\s+)?${NUMBER_WORD}\\s+${DURATION}`,
    `in\\s+(?:just|only)\\s+${NUMBER_WORD}\\s+${DURATION}`,
    'overnight\\s+(?:results?|transformations?)',
    'painless(?:ly)?',
    'pain[-\\s]?free',
    'risk[-\\s]?free',
    '(?:zero|no)\\s+(?:downtime|side[-\\s]effects?|risks?)',
    '100\\s?%',
    '100\\s+per\\s?cent',
    '(?:dramatic|drastic|amazing|incredible|flawless|perfect|miraculous)\\s+(?:results?|skin|transformations?|complexion)',
    'flawless(?:ly)?',
    'poreless',
    '(?:clinically|scientifically|medically)\\s+proven',
    'works\\s+for\\s+everyone',
    '(?:completely|totally|perfectly|absolutely)\\s+safe',
    'look\\s+(?:\\d+|ten|five|years)\\s+(?:years\\s+)?younger',
    'turn\\s+back\\s+(?:the\\s+)?clock',
    // An outcome tied to a time or to a first session: "smaller pores within two weeks",
    // "visible results from the first treatment", "a difference by your second visit".
    `${OUTCOME}\\s+(?:[\\p{L}'-]+\\s+){0,4}?${TIME_TIE}`,
    `(?:see|notice|get|expect)\\s+(?:a\\s+)?(?:real\\s+|visible\\s+|big\\s+|clear\\s+)?(?:difference|results?|improvements?|change)\\s+(?:by|after|from|in|within)\\s+(?:your|the|a|just|only|as)`,
    'from\\s+day\\s+one',
    `(?:brighter|smoother|clearer|smaller|tighter|firmer|glowing|radiant|younger|refined)\\s+(?:[\\p{L}]+\\s+){0,3}?(?:immediately|right\\s+away|straight\\s+away|overnight)`,
    // Vague promises of results or transformation.
    'transform(?:s|ed|ing|ations?|ative)?',
    '(?:real|visible|guaranteed|proven|long[-\\s]lasting|lasting|noticeable|significant)\\s+(?:results?|improvements?|difference)',
    'results?\\s+you\\s+(?:deserve|want|will\\s+love|can\\s+see|have\\s+always\\s+wanted)',
    'dream\\s+(?:skin|complexion|face|look)',
    '(?:a\\s+)?(?:new|better|younger)\\s+you',
    'glass\\s+skin',
    'airbrushed',
    'pore[-\\s]free',
    '(?:safe|effective|suitable|works?)\\s+(?:[\\p{L}]+\\s+){0,2}?(?:for|on)\\s+(?:everyone|everybody|all\\s+skin)',
    'without\\s+(?:any\\s+)?(?:side[-\\s]effects?|downtime|pain|risks?)',
  ],
}

export const comparison: TextRuleDefinition = {
  id: 'comparison',
  severity: 'warning',
  regulation: REGULATIONS.comparison,
  message: '"{match}" compares us with other providers. Describe our own service without comparing.',
  terms: [
    '(?:other|rival|competing)\\s+(?:clinics?|doctors?|providers?|practitioners?|salons?|centres?|centers?|aesthetic\\s+clinics?)',
    'competitors?',
    '(?:better|cheaper|safer|faster|superior|gentler|more\\s+\\p{L}+)\\s+than\\s+(?:other|any(?:\\s+other)?|most|the\\s+rest|elsewhere|competitors?|rivals?)',
    'unlike\\s+(?:other|many|most|some)\\s+(?:\\p{L}+\\s+)?(?:clinics?|doctors?|providers?|practitioners?|salons?)',
    'nowhere\\s+else',
    'no\\s+other\\s+(?:clinics?|doctors?|providers?)',
    // Unnamed others: salons, spas, "elsewhere", "anywhere else", "the rest", "many clinics".
    '(?:beauty\\s+|hotel\\s+|day\\s+)?(?:salons?|spas?|parlou?rs?)',
    'beauty\\s+(?:centres?|centers?)',
    // "you will not get this care elsewhere", not "on the cheeks and elsewhere".
    "(?:get|find|found|pay|paid|offered|available|go|going|than|treated|done|had)\\s+(?:[\\p{L}']+\\s+){0,4}?elsewhere",
    '(?:anywhere|everything|everyone)\\s+else',
    '(?:above|than)\\s+the\\s+rest',
    'the\\s+average\\s+(?:clinics?|providers?|doctors?|practitioners?)',
    '(?:many|some|most)\\s+(?:other\\s+)?(?:clinics|providers|centres|centers|practitioners)',
    `(?:better|cheaper|safer|faster|superior|gentler|stronger|more\\s+\\p{L}+|less)\\s+than\\s+(?:those|what|the\\s+average|you\\s+would|you\\s+will|at\\s+a|in\\s+a)`,
    'why\\s+pay\\s+more',
    "(?:cannot|can't|can\\s+not)\\s+match",
    'no\\s+match\\s+for',
    'a\\s+cut\\s+above',
    'where\\s+others?\\s+(?:fail|have\\s+failed|failed)',
  ],
}

export const specialtyTitle: TextRuleDefinition = {
  id: 'specialty-title',
  severity: 'warning',
  regulation: REGULATIONS.specialtyTitle,
  message:
    '"{match}" reads as a specialist title the SMC does not recognise. Use the registered qualification, for example "doctor" with "MBBS (Singapore)".',
  terms: [
    'aesthetic\\s+(?:physicians?|doctors?|dermatologists?|specialists?|surgeons?|medicine\\s+specialists?)',
    'cosmetic\\s+(?:dermatologists?|physicians?)',
  ],
}

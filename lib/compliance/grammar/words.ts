// Word classes the sentence rules share. They name kinds of things (a skin concern, a result, a
// hedge), not claims: the rules decide from how these words are put together.

/** Regex source: a number as digits or words. */
export const NUMBER =
  '(?:\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty|forty-eight|seventy-two|a\\s+couple\\s+of|a\\s+few|a|an|a\\s+single|one\\s+single)'

/** Skin concerns a treatment is said to remove or change. */
export const CONCERN =
  /(?<![\p{L}])(?:scars?|scarring|spots?|pigment\p{L}*|melasma|freckles?|blackheads?|whiteheads?|pores?|acne|breakouts?|blemish\p{L}*|lines?|wrinkles?|creases?|marks?|redness|dullness|(?:uneven\s+)?tone|texture|hair|sagging|cellulite|fat|bags|circles|patches|discolou?ration|sun\s+damage|oiliness|shine|bumps|congestion|rosacea|pimples?|zits?|imperfections?|flaws?|age\s+spots|crow's\s+feet|jowls|eczema|warts?|moles?|veins?)(?![\p{L}])/iu

/** Words that describe a good result of treatment. */
export const RESULT =
  /(?<![\p{L}])(?:results?|improvements?|difference|glow\p{L}*|radian\p{L}+|clear(?:er|est)?|clarity|smooth(?:er|ness)?|bright(?:er|ness)?|tight(?:er|ened|ening)?|firm(?:er|ness)?|soft(?:er|en|ens|ened)?|fresh(?:er)?|plump(?:er)?|younger|lift(?:ed|ing)?|[\p{L}]+-free|flawless|transform\p{L}*|better|lighten(?:s|ed)?|fade(?:s|d)?|shrink(?:s)?|disappear(?:s|ed)?|vanish(?:es|ed)?|clears?\s+up|even(?:er)?\s+(?:tone|skin)|baby-soft|dewy|luminous|rejuvenat\p{L}*|refined|renewed|confident)(?![\p{L}])/iu

/** Words that make a statement about what usually happens rather than a promise. */
export const HEDGE =
  /(?<![\p{L}])(?:usually|typically|generally|normally|often|sometimes|tends?\s+to|may|might|some\s+people|most\s+people|many\s+people|vary|varies|depends?|in\s+some\s+cases|if)(?![\p{L}])/iu

/** Effects of treatment that settle with time (aftercare, not a result). */
export const SIDE_EFFECT =
  /(?<![\p{L}])(?:redness|swelling|bruis\p{L}*|peeling|pinkness|tenderness|flaking|scabb?\p{L}*|discomfort|stinging|itch\p{L}*|downtime|numbness|sensitivity|crusting|soreness|irritation|dryness)(?![\p{L}])/iu

/** Advice about habits, where lasting for years is the point ("a habit worth keeping for life"). */
export const HABIT =
  /(?<![\p{L}])(?:habits?|routines?|practices?|worth\s+keeping|keep\s+(?:up|doing|using|wearing|applying)|sunscreen|sun\s+protection|moisturi[sz]\p{L}*)(?![\p{L}])/iu

/** Members of a clinic's own or treating staff, whose story is not a patient's. */
export const DOCTOR_TITLE = /^(?:dr|doctor|prof|professor|nurse|sister)$/i

// Editors paste from Word and Google Docs: curly quotes, typographic dashes and odd spaces.
// Every replacement is one UTF-16 unit for one, so offsets found in the normalised text are
// offsets in the original text too.
const REPLACEMENTS: Record<string, string> = {
  '\u2018': "'", // left single quote
  '\u2019': "'", // right single quote / apostrophe
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'", // prime
  '\u02BC': "'", // modifier apostrophe
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-',
  '\u2013': '-', // en dash
  '\u2014': '-', // em dash
  '\u2212': '-', // minus
  '\u00A0': ' ', // no-break space
  '\u2007': ' ',
  '\u202F': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
  '\uFF05': '%', // fullwidth percent
  '\uFF04': '$', // fullwidth dollar
}

const PATTERN = new RegExp(`[${Object.keys(REPLACEMENTS).join('')}]`, 'g')

export function normaliseText(text: string): string {
  return text.replace(PATTERN, (char) => REPLACEMENTS[char] ?? char)
}

/** Collapse whitespace; used for fingerprints so re-wrapping a line does not void an acknowledgement. */
export function squashWhitespace(text: string): string {
  return normaliseText(text).replace(/\s+/g, ' ').trim()
}

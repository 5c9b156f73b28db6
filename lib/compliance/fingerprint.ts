import {squashWhitespace} from './normalise'

// FNV-1a over UTF-16 code units, twice with different offsets, for a 64-bit hex id. No crypto
// module: this runs in the Studio's browser bundle too. Collisions only matter between
// acknowledgements of one document, so 64 bits is plenty.
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash >>> 0
}

export function fingerprint(ruleId: string, path: string, sentence: string): string {
  const input = `${ruleId}\u0000${path}\u0000${squashWhitespace(sentence)}`
  const a = fnv1a(input, 0x811c9dc5).toString(16).padStart(8, '0')
  const b = fnv1a(input, 0x01234567).toString(16).padStart(8, '0')
  return `${a}${b}`
}

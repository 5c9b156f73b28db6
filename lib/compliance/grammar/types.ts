/** Where a sentence rule matched, as offsets in the sentence. */
export interface SentenceHit {
  start: number
  end: number
}

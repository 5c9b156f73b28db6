// Structural types for the Portable Text this site reads. They describe only what the helpers
// use, so posts, treatments and test fixtures all fit without casting.
export type TextSpan = {_type: 'span'; _key?: string; text?: string; marks?: string[]}

export type TextBlock = {
  _type: 'block'
  _key: string
  style?: string
  listItem?: string
  level?: number
  children?: TextSpan[]
  markDefs?: Array<{_key: string; _type: string; [field: string]: unknown}> | null
}

export type AnyBlock = {_type: string; _key: string; [field: string]: unknown}

export function isTextBlock(block: AnyBlock | TextBlock): block is TextBlock {
  return block._type === 'block'
}

/** The plain text of one block, as a reader sees it. */
export function blockText(block: TextBlock): string {
  return (block.children ?? []).map((span) => span.text ?? '').join('')
}

import {blockText, isTextBlock, type AnyBlock} from './portable-text'

export type HeadingLevel = 2 | 3 | 4

const HEADING_STYLES: Record<string, HeadingLevel> = {h2: 2, h3: 3, h4: 4}

// Ids the page itself uses; a heading called "Main" must not steal the skip link's target.
export const RESERVED_IDS = [
  'main',
  'contents',
  'top',
  'site-header',
  'site-footer',
  'treatment-details',
  'related-posts',
  'share-heading',
  'toc-heading',
  'footer-clinic',
  'footer-visit',
  'footer-hours',
  'footer-contact',
]

export function slugifyHeading(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '')
  return slug || 'section'
}

/** Gives each text a unique, readable id in call order: "risks", "risks-2", ... */
export function createHeadingSlugger(reserved: readonly string[] = RESERVED_IDS) {
  const used = new Set(reserved)
  return (text: string): string => {
    const base = slugifyHeading(text)
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    return id
  }
}

export function headingLevel(block: AnyBlock): HeadingLevel | null {
  if (!isTextBlock(block) || block.listItem) return null
  return HEADING_STYLES[block.style ?? ''] ?? null
}

/** Text of a heading-like block: text headings, and titled question-and-answer groups (rendered as H2). */
export function headingOf(block: AnyBlock): {level: HeadingLevel; text: string} | null {
  const level = headingLevel(block)
  if (level && isTextBlock(block)) {
    const text = blockText(block).trim()
    return text ? {level, text} : null
  }
  if (block._type === 'faqBlock' && typeof block.title === 'string' && block.title.trim()) {
    return {level: 2, text: block.title.trim()}
  }
  return null
}

/**
 * Ids for every heading of a body, keyed by block _key. Computed once from the whole body so the
 * renderer and the table of contents agree, and an id depends only on the text before it.
 */
export function headingIds(
  blocks: readonly AnyBlock[] | null | undefined,
  reserved: readonly string[] = [],
): Map<string, string> {
  const slug = createHeadingSlugger([...RESERVED_IDS, ...reserved])
  const ids = new Map<string, string>()
  for (const block of blocks ?? []) {
    const heading = headingOf(block)
    if (heading) ids.set(block._key, slug(heading.text))
  }
  return ids
}

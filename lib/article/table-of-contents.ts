import {headingIds, headingOf} from './heading-ids'
import type {AnyBlock} from './portable-text'

export type TocEntry = {id: string; text: string; children: {id: string; text: string}[]}

/** H2 entries with their H3s nested; H4s stay out to keep the list short on a phone. */
export function tableOfContents(
  blocks: readonly AnyBlock[] | null | undefined,
  reserved: readonly string[] = [],
): TocEntry[] {
  const ids = headingIds(blocks, reserved)
  const entries: TocEntry[] = []
  for (const block of blocks ?? []) {
    const heading = headingOf(block)
    const id = ids.get(block._key)
    if (!heading || !id) continue
    if (heading.level === 2) entries.push({id, text: heading.text, children: []})
    else if (heading.level === 3) {
      const parent = entries.at(-1)
      // An H3 before any H2 is listed on its own rather than dropped.
      if (parent) parent.children.push({id, text: heading.text})
      else entries.push({id, text: heading.text, children: []})
    }
  }
  return entries
}

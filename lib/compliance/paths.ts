import type {PathSegment} from './types'

/** `['body', {_key: 'a'}, 'alt']` -> `body[_key=="a"].alt`, the format Sanity itself prints. */
export function pathToString(segments: readonly PathSegment[]): string {
  let out = ''
  for (const segment of segments) {
    if (typeof segment === 'string') out += out === '' ? segment : `.${segment}`
    else if (typeof segment === 'number') out += `[${segment}]`
    else out += `[_key==${JSON.stringify(segment._key)}]`
  }
  return out
}

type Located = {field: string; pathSegments: readonly PathSegment[]}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

// What an editor calls the things inside rich text and lists.
function itemKind(item: unknown): string {
  if (!isRecord(item)) return 'item'
  switch (item._type) {
    case 'block':
      if (typeof item.listItem === 'string') return 'list item'
      return typeof item.style === 'string' && /^h\d$/.test(item.style) ? 'heading' : 'paragraph'
    case 'accessibleImage':
    case 'image':
      return 'image'
    case 'callout':
      return 'callout'
    case 'faqBlock':
      return 'questions block'
    case 'treatmentCard':
      return 'treatment card'
    case 'faqItem':
      return 'question'
    default:
      return typeof item.question === 'string' ? 'question' : 'item'
  }
}

const FIELD_WORDS: Record<string, string> = {
  alt: 'alternative text',
  caption: 'caption',
  title: 'heading',
  text: 'text',
  question: 'question',
  answer: 'answer',
  items: '',
  current: '',
  depictsPatientResult: '',
  markDefs: '',
}

/** The words a link covers in its block, for naming it. */
function linkText(block: unknown, markKey: string): string {
  if (!isRecord(block) || !Array.isArray(block.children)) return ''
  return block.children
    .filter((span) => isRecord(span) && Array.isArray(span.marks) && span.marks.includes(markKey))
    .map((span) => (span as {text?: unknown}).text)
    .filter((text): text is string => typeof text === 'string')
    .join('')
    .trim()
}

/**
 * Where a finding is, in an editor's words: "Body, paragraph 3, link “serum page”",
 * "Questions and answers, question 2, answer", "Risks and side effects, line 2". Items are counted
 * among their own kind, as an editor counts them on screen. Plain fields keep their label.
 */
export function describeLocation(doc: unknown, {field, pathSegments}: Located): string {
  if (!pathSegments.some((segment) => typeof segment !== 'string')) return field
  // The extractor labels items inside a field with the field's label followed by the item kind
  // ("Body image (alternative text)"); the sentence below names those itself.
  const parts = [field.replace(/( image| callout| questions)?( \([^)]*\))?$/, '')]
  let value: unknown = doc
  let parent: unknown
  pathSegments.forEach((segment, index) => {
    if (typeof segment === 'string') {
      parent = value
      value = isRecord(value) ? value[segment] : undefined
      const words = index === 0 ? '' : (FIELD_WORDS[segment] ?? segment)
      const next = pathSegments[index + 1]
      // markDefs is followed by the link's key; a trailing field names the part of the item.
      if (segment !== 'markDefs' && words && next === undefined) parts.push(words)
      return
    }
    const list = Array.isArray(value) ? value : []
    const position = typeof segment === 'number' ? segment : list.findIndex((item) => isRecord(item) && item._key === segment._key)
    const item = position >= 0 ? list[position] : undefined
    if (typeof segment === 'object' && pathSegments[index - 1] === 'markDefs') {
      const words = linkText(parent, segment._key)
      parts.push(words ? `link “${words}”` : 'link')
    } else if (typeof item === 'string' || typeof segment === 'number') {
      parts.push(`line ${position + 1}`)
    } else {
      const kind = itemKind(item)
      const ordinal = list.slice(0, position + 1).filter((other) => itemKind(other) === kind).length
      parts.push(position >= 0 ? `${kind} ${ordinal}` : kind)
    }
    parent = value
    value = item
  })
  return parts.join(', ')
}

import type {CheckableDocument, PathSegment} from '../types'

// The body text of a document as paragraphs: what a patient reads through, not headings,
// titles or labels. Portable Text paragraphs and list items, callout text, FAQ answers and
// treatment fields written as prose.

export interface Paragraph {
  pathSegments: PathSegment[]
  field: string
  text: string
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

// The site renders plain-text fields, callouts and answers with a paragraph per blank line.
function pushParagraphs(out: Paragraph[], pathSegments: PathSegment[], field: string, value: string) {
  value.split(/\n\s*\n/).forEach((text) => {
    if (text.trim()) out.push({pathSegments, field, text})
  })
}

const keyOf = (value: Record<string, unknown>, index: number): PathSegment =>
  typeof value._key === 'string' && value._key !== '' ? {_key: value._key} : index

function portableText(value: unknown, path: PathSegment[], field: string, out: Paragraph[]) {
  if (!Array.isArray(value)) return
  value.forEach((block, index) => {
    if (!isRecord(block)) return
    const at = [...path, keyOf(block, index)]
    if (block._type === 'block') {
      if (typeof block.style === 'string' && /^h\d$/.test(block.style)) return
      const children = Array.isArray(block.children) ? block.children : []
      const text = children.map((span) => (isRecord(span) && typeof span.text === 'string' ? span.text : '')).join('')
      if (text.trim()) out.push({pathSegments: at, field, text})
    } else if (block._type === 'callout' && typeof block.text === 'string') {
      pushParagraphs(out, [...at, 'text'], `${field} callout`, block.text)
    } else if (block._type === 'faqBlock' && Array.isArray(block.items)) {
      block.items.forEach((item, i) => {
        if (isRecord(item) && typeof item.answer === 'string')
          pushParagraphs(out, [...at, 'items', keyOf(item, i), 'answer'], `${field} answer`, item.answer)
      })
    }
  })
}

function prose(doc: CheckableDocument, name: string, field: string, out: Paragraph[]) {
  const value = doc[name]
  if (typeof value === 'string') pushParagraphs(out, [name], field, value)
}

export function bodyParagraphs(doc: CheckableDocument): Paragraph[] {
  const out: Paragraph[] = []
  switch (doc._type) {
    case 'post':
      portableText(doc.body, ['body'], 'Body', out)
      break
    case 'treatment':
      prose(doc, 'summary', 'Summary', out)
      portableText(doc.body, ['body'], 'What it is', out)
      for (const [name, field] of [
        ['howPerformed', 'How it is performed'],
        ['whoItSuits', 'Who it suits'],
        ['preparation', 'Preparation'],
        ['aftercare', 'Aftercare'],
      ] as const)
        prose(doc, name, field, out)
      if (Array.isArray(doc.faqs))
        doc.faqs.forEach((item, i) => {
          if (isRecord(item) && typeof item.answer === 'string')
            pushParagraphs(out, ['faqs', keyOf(item, i), 'answer'], 'Questions and answers', item.answer)
        })
      break
    case 'person':
      portableText(doc.bio, ['bio'], 'Short biography', out)
      break
    case 'clinicSettings':
      portableText(doc.privacyNotice, ['privacyNotice'], 'Privacy notice', out)
      portableText(doc.disclaimer, ['disclaimer'], 'Medical disclaimer', out)
      break
    case 'category':
      prose(doc, 'description', 'Description', out)
      break
    default:
      portableText(doc.body, ['body'], 'Body', out)
  }
  return out
}

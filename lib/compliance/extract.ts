import {pathToString} from './paths'
import type {
  CheckableDocument,
  ExtractedDocument,
  ExtractedImage,
  ExtractedLink,
  PathSegment,
  TextSegment,
} from './types'

// Turns a Sanity document into the text the rules read, each piece with its path. The field
// lists follow sanity/schemaTypes; an unknown type falls back to title, excerpt and body.

type Extractor = (value: unknown, at: Location, out: ExtractedDocument) => void
type FieldSpec = {path: string[]; label: string; extract: Extractor}
type Location = {pathSegments: PathSegment[]; field: string; blockKey?: string}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const keyOf = (value: Record<string, unknown>, index: number): PathSegment =>
  typeof value._key === 'string' && value._key !== '' ? {_key: value._key} : index

function pushText(out: ExtractedDocument, at: Location, text: unknown, role: TextSegment['role'] = 'text') {
  if (typeof text !== 'string' || text.trim() === '') return
  out.segments.push({
    path: pathToString(at.pathSegments),
    pathSegments: at.pathSegments,
    field: at.field,
    text,
    role,
    ...(at.blockKey ? {blockKey: at.blockKey} : {}),
  })
}

const child = (at: Location, ...segments: PathSegment[]): Location => ({
  ...at,
  pathSegments: [...at.pathSegments, ...segments],
})

const text: Extractor = (value, at, out) => pushText(out, at, value)

const stringArray: Extractor = (value, at, out) => {
  if (!Array.isArray(value)) return
  value.forEach((item, index) => pushText(out, child(at, index), item))
}

const image: Extractor = (value, at, out) => {
  if (!isRecord(value)) return
  pushText(out, {...child(at, 'alt'), field: `${at.field} (alternative text)`}, value.alt, 'imageText')
  pushText(out, {...child(at, 'caption'), field: `${at.field} (caption)`}, value.caption, 'imageText')
  const asset = isRecord(value.asset) && typeof value.asset._ref === 'string' ? value.asset._ref : ''
  const entry: ExtractedImage = {
    path: pathToString(at.pathSegments),
    pathSegments: at.pathSegments,
    field: at.field,
    depictsPatientResult: value.depictsPatientResult === true,
    identity: `${asset}|${typeof value.alt === 'string' ? value.alt : ''}`,
    ...(at.blockKey ? {blockKey: at.blockKey} : {}),
  }
  out.images.push(entry)
}

// A slug reads as words ("best-laser-clinic" says "best laser clinic"). Hyphens become spaces
// one for one, so offsets hold; a slug made from a question title keeps its question mark, so
// "can-you-close-pores-permanently" is read like its title.
const ASKING_SLUG = /^(?:can|could|do|does|is|are|will|should|how|why|what|when|which)-/i
const slug: Extractor = (value, at, out) => {
  if (!isRecord(value) || typeof value.current !== 'string') return
  const words = value.current.replace(/-/g, ' ')
  pushText(out, child(at, 'current'), ASKING_SLUG.test(value.current) ? `${words}?` : words)
}

const faqItems: Extractor = (value, at, out) => {
  if (!Array.isArray(value)) return
  value.forEach((item, index) => {
    if (!isRecord(item)) return
    const itemAt = child(at, keyOf(item, index))
    pushText(out, {...child(itemAt, 'question'), field: `${at.field} (question)`}, item.question)
    pushText(out, {...child(itemAt, 'answer'), field: `${at.field} (answer)`}, item.answer)
  })
}

function textBlock(block: Record<string, unknown>, at: Location, out: ExtractedDocument) {
  const children = Array.isArray(block.children) ? block.children : []
  const spans: NonNullable<TextSegment['spans']> = []
  const marksBySpan: Array<{start: number; end: number; marks: string[]}> = []
  let plain = ''
  let citedInline = false
  children.forEach((span, index) => {
    if (isRecord(span) && span._type === 'citation') citedInline = true
    if (!isRecord(span) || typeof span.text !== 'string') return
    const start = plain.length
    plain += span.text
    const key = typeof span._key === 'string' ? span._key : String(index)
    spans.push({key, start, end: plain.length})
    const marks = Array.isArray(span.marks)
      ? span.marks.filter((m): m is string => typeof m === 'string')
      : []
    marksBySpan.push({start, end: plain.length, marks})
  })
  const markDefs = Array.isArray(block.markDefs) ? block.markDefs : []
  const citationKeys = new Set(
    markDefs.filter((def) => isRecord(def) && def._type === 'citation').map((def) => (def as {_key?: unknown})._key),
  )
  const cited = citedInline || marksBySpan.some((span) => span.marks.some((mark) => citationKeys.has(mark)))
  if (plain.trim() !== '') {
    out.segments.push({
      path: pathToString(at.pathSegments),
      pathSegments: at.pathSegments,
      field: at.field,
      text: plain,
      role: 'text',
      spans,
      ...(cited ? {cited} : {}),
      ...(at.blockKey ? {blockKey: at.blockKey} : {}),
    })
  }
  markDefs.forEach((def, index) => {
    if (!isRecord(def) || def._type !== 'link') return
    const markKey = typeof def._key === 'string' ? def._key : ''
    const covered = marksBySpan.filter((span) => span.marks.includes(markKey))
    const start = covered.length ? Math.min(...covered.map((s) => s.start)) : 0
    const end = covered.length ? Math.max(...covered.map((s) => s.end)) : 0
    const linkAt = child(at, 'markDefs', keyOf(def, index))
    const link: ExtractedLink = {
      path: pathToString(linkAt.pathSegments),
      pathSegments: linkAt.pathSegments,
      field: at.field,
      href: typeof def.href === 'string' ? def.href : '',
      reviewed: def.reviewed === true,
      text: plain.slice(start, end),
      start,
      end,
      ...(at.blockKey ? {blockKey: at.blockKey} : {}),
    }
    out.links.push(link)
  })
}

const portableText: Extractor = (value, at, out) => {
  if (!Array.isArray(value)) return
  value.forEach((block, index) => {
    if (!isRecord(block)) return
    const key = keyOf(block, index)
    const blockAt: Location = {
      ...child(at, key),
      ...(typeof key === 'object' ? {blockKey: key._key} : {}),
    }
    switch (block._type) {
      case 'block':
        textBlock(block, blockAt, out)
        break
      case 'accessibleImage':
      case 'image':
        image(block, {...blockAt, field: `${at.field} image`}, out)
        break
      case 'callout':
        pushText(out, {...child(blockAt, 'title'), field: `${at.field} callout (heading)`}, block.title)
        pushText(out, {...child(blockAt, 'text'), field: `${at.field} callout`}, block.text)
        break
      case 'faqBlock':
        pushText(out, {...child(blockAt, 'title'), field: `${at.field} questions (heading)`}, block.title)
        faqItems(block.items, {...child(blockAt, 'items'), field: `${at.field} questions`}, out)
        break
      default:
        // treatmentCard and other embeds carry references, not text.
        break
    }
  })
}

const field = (path: string | string[], label: string, extract: Extractor): FieldSpec => ({
  path: Array.isArray(path) ? path : [path],
  label,
  extract,
})

const SEO_FIELDS = [
  field(['seo', 'title'], 'Search title', text),
  field(['seo', 'description'], 'Search description', text),
  field(['seo', 'image'], 'Social image', image),
]

const FIELDS: Record<string, FieldSpec[]> = {
  post: [
    field('title', 'Title', text),
    field('slug', 'Address', slug),
    field('excerpt', 'Excerpt', text),
    field('coverImage', 'Cover image', image),
    field('body', 'Body', portableText),
    field('changeNote', 'What changed', text),
    ...SEO_FIELDS,
  ],
  treatment: [
    field('name', 'Name', text),
    field('slug', 'Address', slug),
    field('summary', 'Summary', text),
    field('coverImage', 'Image', image),
    field('body', 'What it is', portableText),
    field('howPerformed', 'How it is performed', text),
    field('whoItSuits', 'Who it suits', text),
    field('preparation', 'Preparation', text),
    field('downtime', 'Downtime', text),
    field('risks', 'Risks and side effects', stringArray),
    field('sessions', 'Typical number of sessions', text),
    field('aftercare', 'Aftercare', text),
    field('faqs', 'Questions and answers', faqItems),
    field(['price', 'unit'], 'Price (per)', text),
    ...SEO_FIELDS,
  ],
  clinicSettings: [
    field('clinicName', 'Clinic name', text),
    field('tagline', 'Short description', text),
    field('privacyNotice', 'Privacy notice', portableText),
    field('disclaimer', 'Medical disclaimer', portableText),
  ],
  person: [
    field('name', 'Full name', text),
    field('slug', 'Profile address', slug),
    field('role', 'Role at the clinic', text),
    field('qualifications', 'Registered qualifications', text),
    field('bio', 'Short biography', portableText),
    field('photo', 'Photo', image),
  ],
  page: [
    field('title', 'Title', text),
    field('slug', 'Address', slug),
    field('summary', 'Summary', text),
    field('body', 'Body', portableText),
  ],
  category: [
    field('title', 'Name', text),
    field('slug', 'Address', slug),
    field('description', 'Description', text),
  ],
}

const FALLBACK_FIELDS = [
  field('title', 'Title', text),
  field('excerpt', 'Excerpt', text),
  field('body', 'Body', portableText),
]

export function extractDocument(doc: CheckableDocument): ExtractedDocument {
  const out: ExtractedDocument = {
    id: typeof doc._id === 'string' ? doc._id : '',
    type: typeof doc._type === 'string' ? doc._type : '',
    segments: [],
    links: [],
    images: [],
  }
  const specs = FIELDS[out.type] ?? FALLBACK_FIELDS
  for (const spec of specs) {
    let value: unknown = doc
    for (const name of spec.path) value = isRecord(value) ? value[name] : undefined
    if (value === undefined || value === null) continue
    spec.extract(value, {pathSegments: [...spec.path], field: spec.label}, out)
  }
  return out
}

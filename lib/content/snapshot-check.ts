import fs from 'node:fs'
import path from 'node:path'
import {sourceProblems, type SourceEntry} from '@/lib/article/sources'
import {parseImageRef} from './image-url'
import type {SnapshotDocument} from './snapshot-source'
import {isSvgFileName, svgProblems} from './svg-safety'

export type SnapshotProblem = {documentId: string; path: string; message: string}

// The fields the Studio requires before publishing (see sanity/schemaTypes). The snapshot bypasses
// the Studio, so the same requirements are checked here.
const REQUIRED_FIELDS: Record<string, string[]> = {
  post: ['title', 'slug', 'excerpt', 'coverImage', 'body', 'categories', 'author', 'medicalReviewer', 'publishedAt', 'lastReviewedAt'],
  treatment: [
    'name',
    'slug',
    'summary',
    'howPerformed',
    'whoItSuits',
    'preparation',
    'downtime',
    'risks',
    'sessions',
    'aftercare',
    'procedureType',
    'reviewer',
    'lastReviewedAt',
  ],
  person: ['name', 'slug', 'role'],
  category: ['title', 'slug'],
  page: ['title', 'slug', 'body', 'lastUpdatedAt'],
  clinicSettings: ['clinicName', 'address', 'phone', 'whatsapp', 'email', 'openingHours', 'dpo', 'privacyNotice', 'disclaimer', 'enquiryRetentionMonths'],
}
// The privacy notice is English-only in Clinic settings: the Chinese one is a page of its own (/zh/privacy).
const NOT_REQUIRED_IN_TRANSLATION: Record<string, string[]> = {clinicSettings: ['privacyNotice']}
const SLUGGED_TYPES = ['post', 'treatment', 'person', 'category', 'page']
const DRAFT_PREFIX = 'drafts.'

type Visit = (value: unknown, at: string) => void

function walk(value: unknown, at: string, visit: Visit) {
  visit(value, at)
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const key = item && typeof item === 'object' && '_key' in item ? `[_key=="${String(item._key)}"]` : `[${index}]`
      walk(item, `${at}${key}`, visit)
    })
  } else if (value && typeof value === 'object') {
    for (const [field, child] of Object.entries(value)) walk(child, at ? `${at}.${field}` : field, visit)
  }
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object' && '_type' in value && value._type === 'slug') return !('current' in value) || !value.current
  return false
}

/** Checks a snapshot the way the Studio and the Content Lake would: references, slugs, required fields, images. */
export function checkSnapshot(documents: SnapshotDocument[], imagesDir: string): SnapshotProblem[] {
  const problems: SnapshotProblem[] = []
  const ids = new Set<string>()
  for (const doc of documents) {
    if (ids.has(doc._id)) problems.push({documentId: doc._id, path: '_id', message: 'duplicate document id'})
    ids.add(doc._id)
  }

  const slugOwners = new Map<string, string>()
  for (const doc of documents) {
    const isDraft = doc._id.startsWith(DRAFT_PREFIX)
    const publishedId = isDraft ? doc._id.slice(DRAFT_PREFIX.length) : doc._id

    // A translation keeps the English slug; slugs are unique per type and language.
    const language = typeof doc.language === 'string' ? doc.language : 'en'
    for (const field of REQUIRED_FIELDS[doc._type] ?? []) {
      if (language !== 'en' && NOT_REQUIRED_IN_TRANSLATION[doc._type]?.includes(field)) continue
      if (isEmpty(doc[field])) problems.push({documentId: doc._id, path: field, message: `required field "${field}" is missing`})
    }

    if (SLUGGED_TYPES.includes(doc._type) && !isDraft) {
      const slug = (doc.slug as {current?: string} | undefined)?.current
      if (slug) {
        const key = `${doc._type}:${language}:${slug}`
        const owner = slugOwners.get(key)
        if (owner && owner !== publishedId) {
          problems.push({documentId: doc._id, path: 'slug', message: `slug "${slug}" is also used by ${owner}`})
        }
        slugOwners.set(key, publishedId)
      }
    }

    problems.push(...referenceProblems(doc))

    walk(doc, '', (value, at) => {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return
      const node = value as Record<string, unknown>
      if (typeof node._ref === 'string') {
        const ref = node._ref
        const resolves = ids.has(ref) || (isDraft && ids.has(`${DRAFT_PREFIX}${ref}`))
        if (!resolves && !node._weak) problems.push({documentId: doc._id, path: at, message: `reference to missing document "${ref}"`})
      }
      const asset = node.asset as {_ref?: string} | undefined
      if (asset && typeof asset._ref === 'string' && asset._ref.startsWith('image-')) {
        if (typeof node.alt !== 'string' || node.alt.trim() === '') {
          problems.push({documentId: doc._id, path: at, message: 'image has no alt text'})
        }
        const parsed = parseImageRef(asset._ref)
        const file = parsed && path.join(imagesDir, `${parsed.id}-${parsed.width}x${parsed.height}.${parsed.extension}`)
        if (!file || !fs.existsSync(file)) {
          problems.push({documentId: doc._id, path: at, message: `image file for ${asset._ref} is missing from the snapshot`})
        }
      }
      if (Array.isArray(value)) return
      for (const [field, child] of Object.entries(node)) {
        if (Array.isArray(child) && child.some((item) => item && typeof item === 'object' && !('_key' in item))) {
          problems.push({documentId: doc._id, path: at ? `${at}.${field}` : field, message: 'array items need a _key'})
        }
      }
    })
  }
  problems.push(...unsafeSvgFiles(imagesDir))
  return problems
}

const isObject = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/**
 * The document's sources, as the Studio validates them (a title, a publisher, a year and a
 * well-formed DOI, PubMed id or https URL), and citation marks that number a listed source.
 */
export function referenceProblems(doc: SnapshotDocument): SnapshotProblem[] {
  const problems: SnapshotProblem[] = []
  const references = Array.isArray(doc.references) ? doc.references : []
  if (doc.references !== undefined && doc.references !== null && !Array.isArray(doc.references)) {
    problems.push({documentId: doc._id, path: 'references', message: 'references must be a list'})
  }
  const keys = new Set<unknown>()
  references.forEach((entry, index) => {
    const at = isObject(entry) && entry._key ? `references[_key=="${String(entry._key)}"]` : `references[${index}]`
    if (!isObject(entry)) {
      problems.push({documentId: doc._id, path: at, message: 'a source must be an object'})
      return
    }
    keys.add(entry._key)
    for (const problem of sourceProblems(entry as SourceEntry)) problems.push({documentId: doc._id, path: `${at}.${problem.field}`, message: problem.message})
  })
  const body = Array.isArray(doc.body) ? doc.body : []
  for (const block of body) {
    if (!isObject(block) || !Array.isArray(block.markDefs)) continue
    for (const def of block.markDefs) {
      if (isObject(def) && def._type === 'citation' && !keys.has(def.source)) {
        problems.push({
          documentId: doc._id,
          path: `body[_key=="${String(block._key)}"].markDefs[_key=="${String(def._key)}"]`,
          message: `citation names source "${String(def.source)}", which is not in references`,
        })
      }
    }
  }
  return problems
}

/** SVG files in the snapshot that could run script or fetch anything when opened from the site. */
function unsafeSvgFiles(imagesDir: string): SnapshotProblem[] {
  if (!fs.existsSync(imagesDir)) return []
  return fs
    .readdirSync(imagesDir)
    .filter(isSvgFileName)
    .flatMap((name) =>
      svgProblems(fs.readFileSync(path.join(imagesDir, name), 'utf8')).map((problem) => ({documentId: `images/${name}`, path: 'file', message: `unsafe SVG: ${problem}`})),
    )
}

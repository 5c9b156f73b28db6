// Which document a public address shows, and the reverse: the redirects of renamed pages are written
// and checked with it, and a publish refreshes the pages it names. Each edition has its own
// addresses (a Chinese document's under /zh). No imports but paths.ts: the Studio's redirect
// validation uses this file too.
import {type Edition, editionOfPath, pathsFor} from './paths'

/** The document types whose address is `<prefix>/<slug>`: renaming one leaves a redirect behind. */
export const ADDRESSED_TYPES = ['post', 'treatment', 'person', 'category', 'page'] as const
export type AddressedType = (typeof ADDRESSED_TYPES)[number]

export const isAddressedType = (type: string): type is AddressedType => (ADDRESSED_TYPES as readonly string[]).includes(type)

/**
 * The public address of a document in its language's edition (English when the document has no
 * `language`), or undefined for a type without a page of its own or no slug.
 */
export function documentPath(type: string, slug: string | null | undefined, language?: string | null): string | undefined {
  if (!slug) return undefined
  const paths = pathsFor(language === 'zh-Hans' ? 'zh-Hans' : 'en')
  switch (type) {
    case 'post':
      return paths.post(slug)
    case 'treatment':
      return paths.treatment(slug)
    case 'person':
      return paths.person(slug)
    case 'category':
      return paths.category(slug)
    case 'page':
      return paths.page(slug)
    default:
      return undefined
  }
}

/**
 * The document a path would show, if it is one document's own page (listings and fixed pages are
 * not), with the language of the edition the path is in.
 */
export function documentAtPath(path: string): {type: AddressedType; slug: string; language: Edition} | undefined {
  const edition = editionOfPath(path)
  const found = documentInEdition(edition.path)
  return found && {...found, language: edition.locale}
}

function documentInEdition(path: string): {type: AddressedType; slug: string} | undefined {
  const parts = path.split('/').filter(Boolean)
  if (parts.length === 3 && parts[0] === 'blog' && parts[1] === 'category') return {type: 'category', slug: parts[2]!}
  if (parts.length !== 2) return undefined
  const [prefix, slug] = parts as [string, string]
  if (prefix === 'blog' && slug !== 'page' && slug !== 'category') return {type: 'post', slug}
  if (prefix === 'treatments') return {type: 'treatment', slug}
  if (prefix === 'people') return {type: 'person', slug}
  if (prefix === 'about') return {type: 'page', slug}
  return undefined
}

export const MAX_PATH_LENGTH = 500

/**
 * Why a redirect address is unusable, in words for an editor, or undefined when it is fine. An
 * address is a path on this site: it starts with one "/", and carries no host, query or fragment
 * (the site matches paths only, so "?p=12" could never be found).
 */
export function pathProblem(value: string): string | undefined {
  if (value.length > MAX_PATH_LENGTH) return `Keep it under ${MAX_PATH_LENGTH} characters.`
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) return 'Give only the path on this site, starting with "/", without "https://" and the domain.'
  if (!value.startsWith('/')) return 'Start the address with "/", for example /blog/old-title.'
  if (/[?#]/.test(value)) return 'Leave out everything from "?" or "#" on: only the path is matched.'
  if (/[\s\\]/.test(value)) return 'An address has no spaces or backslashes.'
  return undefined
}

/**
 * The form redirects are stored and matched in: one leading slash, no trailing slash (Next answers
 * "/2019/05/pores/" with a redirect to "/2019/05/pores" before any page runs), no empty segments.
 * Undefined for anything pathProblem refuses.
 */
export function normalizePath(value: string): string | undefined {
  const trimmed = value.trim()
  if (pathProblem(trimmed)) return undefined
  return `/${trimmed.split('/').filter(Boolean).join('/')}`
}

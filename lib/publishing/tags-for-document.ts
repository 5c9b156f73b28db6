import {type ChangedDocument, type ContentType, type Perspective, type QueryParams, TAGS} from '@/lib/content'

/** A document that may appear on a page: enough to name that page's tag. */
export type DocumentRef = {_type: string; slug?: string | null}

/** Reads the published content to find what else shows the changed document. */
export type ContentLookup = {
  /** Published documents that reference `id` (author, reviewer, related posts, treatment links, categories). */
  referencing(id: string): Promise<DocumentRef[]>
  /** Every published document with a page (for clinic settings, which every page shows). */
  everything(): Promise<DocumentRef[]>
}

type RunQuery = <T>(query: string, params: QueryParams, perspective: Perspective) => Promise<T>

export function contentLookup(runQuery: RunQuery): ContentLookup {
  return {
    referencing: (id) => runQuery<DocumentRef[]>(`*[references($id)]{_type, "slug": slug.current}`, {id}, 'published'),
    everything: () =>
      runQuery<DocumentRef[]>(`*[_type in ["post", "person", "treatment", "page"] && defined(slug.current)]{_type, "slug": slug.current}`, {}, 'published'),
  }
}

// Tags of list-like pages that show a summary of a document of each type (home, blog index,
// category pages, treatment and people pages, the feed and the sitemap: their getters carry these).
const LIST_TAGS: Record<ContentType, string[]> = {
  post: [TAGS.posts],
  person: [TAGS.people],
  treatment: [TAGS.treatments],
  category: [TAGS.categories, TAGS.posts],
  clinicSettings: [TAGS.settings],
  redirect: [TAGS.redirects],
  page: [TAGS.pages],
}

/** The tag of the page that shows one document on its own, if it has one. */
export function pageTag(doc: DocumentRef): string | undefined {
  const slug = doc.slug ?? undefined
  switch (doc._type) {
    case 'post':
      return slug ? TAGS.post(slug) : undefined
    case 'treatment':
      return slug ? TAGS.treatment(slug) : undefined
    case 'person':
      return slug ? TAGS.person(slug) : undefined
    case 'category':
      return TAGS.categories
    case 'clinicSettings':
      return TAGS.settings
    case 'page':
      return slug ? TAGS.page(slug) : undefined
    default:
      return undefined
  }
}

const publishedId = (id: string) => id.replace(/^drafts\./, '')

/** The tags known from the payload alone: the document's own page (current and previous slug) and its lists. */
export function ownTags(doc: ChangedDocument): string[] {
  const tags = new Set<string>(LIST_TAGS[doc._type])
  for (const slug of [doc.slug, doc.before?.slug]) {
    const tag = pageTag({_type: doc._type, slug})
    if (tag) tags.add(tag)
  }
  return [...tags].sort()
}

/**
 * The one map from a changed document to the cache tags to revalidate: its own page under its
 * current and previous slug, the lists that summarise it, and every page that shows it through a
 * reference (a person's posts and reviewed treatments, the posts that link a treatment or a post,
 * the posts in a category). Clinic settings appear on every page, so they revalidate everything.
 */
export async function tagsForDocument(doc: ChangedDocument, lookup: ContentLookup): Promise<string[]> {
  const type = doc._type
  const tags = new Set<string>(ownTags(doc))
  if (type === 'clinicSettings') {
    for (const list of Object.values(LIST_TAGS).flat()) tags.add(list)
    for (const other of await lookup.everything()) {
      const tag = pageTag(other)
      if (tag) tags.add(tag)
    }
  } else {
    for (const other of await lookup.referencing(publishedId(doc._id))) {
      const tag = pageTag(other)
      if (tag) tags.add(tag)
    }
  }
  return [...tags].sort()
}

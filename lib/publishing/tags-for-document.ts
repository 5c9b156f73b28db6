import {type ChangedDocument, type ContentType, type Perspective, type QueryParams, RELATED_POSTS_LIMIT, TAGS, VISIBLE_POST} from '@/lib/content'

/** A document that may appear on a page: enough to name that page's tag. */
export type DocumentRef = {_type: string; slug?: string | null}

/** Reads the published content to find what else shows the changed document. */
export type ContentLookup = {
  /** Published documents that reference `id` (author, reviewer, related posts, treatment links, categories). */
  referencing(id: string): Promise<DocumentRef[]>
  /** Every published document with a page (for clinic settings, which every page shows). */
  everything(): Promise<DocumentRef[]>
  /**
   * The live posts whose related list (when the editor chose none) may show post `id`: in each of
   * its categories, the RELATED_POSTS_LIMIT nearest in publish date on either side
   * (getRelatedPosts in lib/content/getters.ts picks from the same windows).
   */
  neighbours(id: string): Promise<DocumentRef[]>
  /** The ids of every edition of document `id` (its translation.metadata group), itself included. */
  editions(id: string): Promise<string[]>
}

// One category's window around a date, as getRelatedPosts reads it (live posts of the edition with a slug).
const NEAR_IN_CATEGORY = /* groq */ `{
  "earlier": *[_type == "post" && coalesce(language, "en") == $language && ${VISIBLE_POST} && defined(slug.current) && _id != $id && references($category) && publishedAt <= $publishedAt]
    | order(publishedAt desc)[0...$limit]{_type, "slug": slug.current},
  "later": *[_type == "post" && coalesce(language, "en") == $language && ${VISIBLE_POST} && defined(slug.current) && _id != $id && references($category) && publishedAt >= $publishedAt]
    | order(publishedAt asc)[0...$limit]{_type, "slug": slug.current}
}`

async function neighbours(runQuery: RunQuery, id: string): Promise<DocumentRef[]> {
  const post = await runQuery<{publishedAt?: string | null; language: string; categoryIds?: (string | null)[] | null} | null>(
    `*[_type == "post" && _id == $id][0]{publishedAt, "language": coalesce(language, "en"), "categoryIds": categories[]._ref}`,
    {id},
    'published',
  )
  const categories = (post?.categoryIds ?? []).filter((c): c is string => typeof c === 'string')
  const windows = await Promise.all(
    categories.map((category) =>
      runQuery<{earlier: DocumentRef[]; later: DocumentRef[]}>(
        NEAR_IN_CATEGORY,
        {id, category, publishedAt: post?.publishedAt ?? '', language: post?.language ?? 'en', limit: RELATED_POSTS_LIMIT},
        'published',
      ),
    ),
  )
  return windows.flatMap((w) => [...w.earlier, ...w.later])
}

type RunQuery = <T>(query: string, params: QueryParams, perspective: Perspective) => Promise<T>

export function contentLookup(runQuery: RunQuery): ContentLookup {
  return {
    referencing: (id) => runQuery<DocumentRef[]>(`*[references($id)]{_type, "slug": slug.current}`, {id}, 'published'),
    everything: () =>
      runQuery<DocumentRef[]>(`*[_type in ["post", "person", "treatment", "page"] && defined(slug.current)]{_type, "slug": slug.current}`, {}, 'published'),
    neighbours: (id) => neighbours(runQuery, id),
    editions: async (id) => [
      id,
      ...((await runQuery<(string | null)[] | null>(`*[_type == "translation.metadata" && $id in translations[].value._ref][0].translations[].value._ref`, {id}, 'published')) ?? []).filter(
        (ref): ref is string => typeof ref === 'string',
      ),
    ],
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
 * the posts in a category), and for a post the few neighbours whose related list shows it. Clinic
 * settings appear on every page, so they revalidate everything.
 *
 * What a post publish clears does not grow with the number of posts: no post page carries the
 * `post` list tag (tests/unit/publishing/publish-scope.test.ts), only lists do (home, the journal,
 * categories, people and treatment pages, feed, sitemap), and those render again when next asked for.
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
    const id = publishedId(doc._id)
    const [editions, own, near] = await Promise.all([
      type === 'redirect' ? [id] : lookup.editions(id),
      lookup.referencing(id),
      type === 'post' ? lookup.neighbours(id) : [],
    ])
    // A page shows this document also where it references another edition of it: a translation
    // made in the Studio keeps the original's references, and its page reads them in its own
    // language (IN_EDITION in lib/content/queries.ts). Those are looked up once the editions are
    // known; a document without translations costs no extra round trip.
    const others = await Promise.all(editions.filter((edition) => edition !== id).map((edition) => lookup.referencing(edition)))
    const referencing = [own, ...others]
    const shownOn = [...referencing, near]
    // Every edition's language links name this one.
    if (type !== 'redirect') for (const edition of editions) tags.add(TAGS.translations(edition))
    for (const other of shownOn.flat()) {
      const tag = pageTag(other)
      if (tag) tags.add(tag)
    }
  }
  return [...tags].sort()
}

import fs from 'node:fs'
import {evaluate, parse} from 'groq-js'
import {RELATED_POSTS_LIMIT} from '@/lib/content/getters'
import {withScheduleRule} from '@/lib/content/live-filter'
import type {Perspective, QueryParams} from '@/lib/content/perspective'
import {postsNearInCategoriesQuery} from '@/lib/content/queries'
import {snapshotFile} from '@/lib/content/snapshot-source'
import {pagesToRefresh} from '@/lib/publishing/pages-to-refresh'
import {contentLookup, tagsForDocument} from '@/lib/publishing/tags-for-document'
import {parseSnapshot, scaledDocuments} from '@/tooling/bench/scale-snapshot.mjs'

// What one post publish clears on a site of 60 posts made from the starter ones: the real GROQ
// (groq-js) over the generated documents, the same lookups the webhook uses.
type Doc = {_id: string; _type: string; language?: string; slug?: {current?: string}; publishedAt?: string; categories?: {_ref: string}[]}
const starter = parseSnapshot(fs.readFileSync(snapshotFile(), 'utf8')) as Doc[]
const docs = (scaledDocuments(starter, 60) as Doc[]).filter((d) => !d._id.startsWith('drafts.'))

async function runQuery<T>(query: string, params: QueryParams = {}, perspective: Perspective = 'published'): Promise<T> {
  // As the sources do: a read that names no edition is English.
  const all = withScheduleRule({language: 'en', ...params}, perspective)
  const result = await evaluate(parse(query, {params: all}), {dataset: docs, params: all})
  return (await result.get()) as T
}
const lookup = contentLookup(runQuery)
const posts = docs.filter((d) => d._type === 'post' && d.slug?.current)
const slugOf = (d: Doc) => d.slug!.current!
const postTags = (tags: string[]) => new Set(tags.filter((t) => t.startsWith('post:')).map((t) => t.slice('post:'.length)))
const changed = (post: Doc) => ({_id: post._id, _type: 'post' as const, slug: slugOf(post), before: {slug: slugOf(post)}, operation: 'update' as const})

/** Which posts (by id) each post page lists as related when no one chose them, as getRelatedPosts reads it. */
async function relatedShownOn(): Promise<Map<string, string[]>> {
  const shownOn = new Map<string, string[]>()
  for (const page of posts) {
    const near = await runQuery<{earlier: {_id: string; slug: string}[]; later: {_id: string; slug: string}[]}>(postsNearInCategoriesQuery, {
      excludeId: page._id,
      categoryIds: (page.categories ?? []).map((c) => c._ref),
      publishedAt: page.publishedAt ?? '',
      limit: RELATED_POSTS_LIMIT,
      language: page.language ?? 'en',
    })
    for (const shown of [...near.earlier, ...near.later].slice(0, RELATED_POSTS_LIMIT)) {
      shownOn.set(shown._id, [...(shownOn.get(shown._id) ?? []), slugOf(page)])
    }
  }
  return shownOn
}

describe('what a post publish clears, on a site of 60 posts', () => {
  let shownOn: Map<string, string[]>
  beforeAll(async () => {
    expect(posts.length).toBeGreaterThanOrEqual(60)
    shownOn = await relatedShownOn()
  })

  it('every page that shows the post (as a related post, or by reference) and no post page beyond its few neighbours', async () => {
    for (const post of posts) {
      const tags = await tagsForDocument(changed(post), lookup)
      const cleared = postTags(tags)
      const referencing = (await lookup.referencing(post._id)).filter((d) => d._type === 'post').map((d) => d.slug!)
      for (const page of [slugOf(post), ...referencing, ...(shownOn.get(post._id) ?? [])]) {
        expect({post: slugOf(post), clears: cleared.has(page), page}).toEqual({post: slugOf(post), clears: true, page})
      }
      // Beyond itself and the pages that link to it: its date neighbours in each category, no more.
      const others = [...cleared].filter((slug) => slug !== slugOf(post) && !referencing.includes(slug))
      expect(others.length).toBeLessThanOrEqual(2 * RELATED_POSTS_LIMIT * (post.categories?.length ?? 0))
    }
  })

  it('a post no other links to clears its page, a few neighbours and the lists; the caches in front get no other post page', async () => {
    const unlinked = posts.find((p) => p._id.startsWith('post.scale-') && docs.every((d) => !JSON.stringify(d).includes(`"_ref":"${p._id}"`)))!
    const tags = await tagsForDocument(changed(unlinked), lookup)
    expect(postTags(tags).size).toBeLessThanOrEqual(1 + 2 * RELATED_POSTS_LIMIT * (unlinked.categories?.length ?? 0))
    expect(postTags(tags).size).toBeLessThan(posts.length / 5)
    // And the caches in front are asked for those pages in both editions, each edition's home,
    // journal and feed, and the sitemap only.
    const {first, rest} = pagesToRefresh(tags, posts.map((p) => `/blog/${slugOf(p)}`))
    expect(first.length + rest.length).toBe(2 * postTags(tags).size + 7)
  })
})

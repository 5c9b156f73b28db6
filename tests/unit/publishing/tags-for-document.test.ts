import fs from 'node:fs'
import {runQuery} from '@/lib/content/source'
import {parseNdjson, snapshotFile, type SnapshotDocument} from '@/lib/content/snapshot-source'
import {contentLookup, tagsForDocument} from '@/lib/publishing/tags-for-document'
import type {ChangedDocument} from '@/lib/content/webhook-payload'

// Against the real bundled snapshot, through the same runQuery the route uses.
const lookup = contentLookup(runQuery)
const documents = parseNdjson(fs.readFileSync(snapshotFile(), 'utf8'), 'snapshot')
const published = documents.filter((d) => !d._id.startsWith('drafts.'))
const slugOf = (d: SnapshotDocument) => (d.slug as {current?: string} | undefined)?.current
const byId = (id: string) => {
  const doc = published.find((d) => d._id === id)
  if (!doc) throw new Error(`the snapshot has no ${id}`)
  return doc
}
const changed = (doc: SnapshotDocument, extra: Partial<ChangedDocument> = {}): ChangedDocument => ({
  _id: doc._id,
  _type: doc._type as ChangedDocument['_type'],
  slug: slugOf(doc) ?? null,
  before: {slug: slugOf(doc) ?? null},
  operation: 'update',
  ...extra,
})

// An independent reading of "references": every _ref anywhere inside a document.
function refsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, into))
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '_ref' && typeof v === 'string') into.add(v)
      else refsIn(v, into)
    }
  }
  return into
}
const referencing = (id: string) => published.filter((d) => refsIn(d).has(id))

describe('tagsForDocument against the snapshot', () => {
  it('a standing page: its own page, the page list (sitemap) and the settings that name it, so every byline link follows', async () => {
    const policy = byId('page.editorial-policy')
    const tags = await tagsForDocument(changed(policy, {before: {slug: 'old-policy'}}), lookup)
    expect(tags).toEqual(['page', 'page:editorial-policy', 'page:old-policy', 'settings', 'translations:page.editorial-policy'])
  })

  it('a post: its page, the post lists (home, blog, feed, sitemap) and the pages that link it', async () => {
    const post = byId('post.can-you-close-pores-permanently')
    const tags = await tagsForDocument(changed(post), lookup)
    expect(tags).toContain('post:can-you-close-pores-permanently')
    expect(tags).toContain('post')
    for (const doc of referencing(post._id)) {
      if (doc._type === 'post') expect(tags).toContain(`post:${slugOf(doc)}`)
      if (doc._type === 'treatment') expect(tags).toContain(`treatment:${slugOf(doc)}`)
    }
    expect(tags).not.toContain('settings')
    expect(tags).not.toContain('person')
  })

  it("a person's Chinese version also revalidates the pages that reference the English one (a Chinese page reads its byline in Chinese)", async () => {
    const chinese = byId('person.dr-demo-tan.zh-Hans')
    const tags = await tagsForDocument(changed(chinese), lookup)
    const viaEnglish = referencing('person.dr-demo-tan').filter((d) => d._type === 'post').map((d) => `post:${slugOf(d)}`)
    const direct = new Set(referencing(chinese._id).map((d) => `post:${slugOf(d)}`))
    // Posts with no Chinese translation of their own: only the English reference leads to them.
    expect(viaEnglish.filter((tag) => !direct.has(tag)).length).toBeGreaterThan(0)
    for (const tag of viaEnglish) expect(tags).toContain(tag)
  })

  it('a renamed post also revalidates its old address', async () => {
    const post = byId('post.double-cleansing-step-by-step')
    const tags = await tagsForDocument(changed(post, {slug: 'double-cleansing-explained', before: {slug: 'double-cleansing-step-by-step'}}), lookup)
    expect(tags).toEqual(expect.arrayContaining(['post:double-cleansing-explained', 'post:double-cleansing-step-by-step', 'post']))
  })

  it('a deleted post (no slug any more) revalidates the slug it had', async () => {
    const tags = await tagsForDocument({_id: 'post.gone', _type: 'post', slug: null, before: {slug: 'gone-post'}, operation: 'delete'}, lookup)
    expect(tags).toEqual(['post', 'post:gone-post', 'translations:post.gone'])
  })

  it('a person: their profile and every post they wrote or reviewed, and the treatments they reviewed', async () => {
    const person = byId('person.dr-demo-tan')
    const tags = await tagsForDocument(changed(person), lookup)
    const wroteOrReviewed = published.filter(
      (d) => d._type === 'post' && [(d.author as {_ref?: string})?._ref, (d.medicalReviewer as {_ref?: string})?._ref].includes(person._id),
    )
    const reviewedTreatments = published.filter((d) => d._type === 'treatment' && (d.reviewer as {_ref?: string})?._ref === person._id)
    expect(wroteOrReviewed.length).toBeGreaterThan(0)
    expect(reviewedTreatments.length).toBeGreaterThan(0)
    expect(tags).toContain('person:dr-demo-tan')
    expect(tags).toContain('person')
    for (const post of wroteOrReviewed) expect(tags).toContain(`post:${slugOf(post)}`)
    for (const t of reviewedTreatments) expect(tags).toContain(`treatment:${slugOf(t)}`)
    // The pore guide is reviewed by this doctor: the case the issue names.
    expect(tags).toContain('post:can-you-close-pores-permanently')
    // And nothing about posts this person had no part in.
    // (A translation shares its original's slug, and so its tag: a post is unrelated only when no
    // post of that slug is the person's.)
    const related = new Set(published.filter((d) => d._type === 'post' && refsIn(d).has(person._id)).map(slugOf))
    const unrelated = published.filter((d) => d._type === 'post' && !related.has(slugOf(d)))
    for (const post of unrelated) expect(tags).not.toContain(`post:${slugOf(post)}`)
  })

  it('a treatment: its page, the treatment list and the posts that link it', async () => {
    const treatment = byId('treatment.chemical-peel')
    const tags = await tagsForDocument(changed(treatment), lookup)
    const linking = referencing(treatment._id).filter((d) => d._type === 'post')
    expect(linking.length).toBeGreaterThan(0)
    expect(tags).toEqual(expect.arrayContaining(['treatment', 'treatment:chemical-peel', ...linking.map((p) => `post:${slugOf(p)}`)]))
  })

  it('a category: the category and post lists and the posts in it', async () => {
    const category = published.find((d) => d._type === 'category' && referencing(d._id).length > 0)!
    const tags = await tagsForDocument(changed(category), lookup)
    const posts = referencing(category._id).filter((d) => d._type === 'post')
    expect(tags).toEqual(expect.arrayContaining(['category', 'post', ...posts.map((p) => `post:${slugOf(p)}`)]))
  })

  it('clinic settings: every page', async () => {
    const settings = published.find((d) => d._type === 'clinicSettings')!
    const tags = await tagsForDocument(changed(settings), lookup)
    expect(tags).toEqual(expect.arrayContaining(['settings', 'post', 'person', 'treatment', 'category']))
    for (const doc of published.filter((d) => ['post', 'person', 'treatment'].includes(d._type))) {
      expect(tags).toContain(`${doc._type}:${slugOf(doc)}`)
    }
  })

  it('ignores drafts when looking for referencing documents', async () => {
    const tags = await tagsForDocument(changed(byId('person.yoneda-narumi')), lookup)
    expect(tags).not.toContain('post:draft-only-example')
  })
})

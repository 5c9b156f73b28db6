import fs from 'node:fs'
import {PERSON_POSTS_SHOWN, RELATED_POSTS_LIMIT} from '@/lib/content/list-limits'
import {personBySlugQuery, treatmentBySlugQuery} from '@/lib/content/queries'
import {parseNdjson, snapshotFile, type SnapshotDocument} from '@/lib/content/snapshot-source'
import {fullScan, indexed} from './snapshot/evaluators'
import {generatedSnapshot} from './snapshot/generated-snapshot'

// A person's and a treatment's page fetch only the cards they show, newest first, and a person's
// page says how many there are in all: on a generated snapshot where each person has written or
// reviewed about a hundred posts, some of them scheduled, taken down or in Chinese.

const documents = generatedSnapshot(parseNdjson(fs.readFileSync(snapshotFile(), 'utf8'), 'snapshot'), 400)
const run = indexed(documents)
type Card = {_id: string; publishedAt: string}

// The posts a reader can see, computed here without GROQ: published, live now, in English.
const now = Date.now()
const visible = documents.filter(
  (doc) =>
    doc._type === 'post' &&
    !doc._id.startsWith('drafts.') &&
    ((doc.language as string | undefined) ?? 'en') === 'en' &&
    (!doc.publishedAt || Date.parse(doc.publishedAt as string) <= now) &&
    (!doc.takeDownAt || Date.parse(doc.takeDownAt as string) > now),
)
const newestFirst = (posts: SnapshotDocument[]) => [...posts].sort((a, b) => Date.parse(b.publishedAt as string) - Date.parse(a.publishedAt as string))
const refTo = (doc: SnapshotDocument, field: string) => (doc[field] as {_ref?: string} | undefined)?._ref
const people = documents.filter((doc) => doc._type === 'person' && !doc._id.startsWith('drafts.') && ((doc.language as string | undefined) ?? 'en') === 'en')

describe.each(people.map((p) => [(p.slug as {current: string}).current, p] as const))("%s's page", (slug, person) => {
  it('lists the newest posts they wrote and reviewed, no more than it shows, and counts them all', async () => {
    const page = await run<{authored: Card[]; authoredCount: number; reviewed: Card[]; reviewedCount: number}>(personBySlugQuery, {slug}, 'published')
    for (const [list, count, field] of [
      [page.authored, page.authoredCount, 'author'],
      [page.reviewed, page.reviewedCount, 'medicalReviewer'],
    ] as const) {
      const theirs = newestFirst(visible.filter((doc) => refTo(doc, field) === person._id))
      expect(count).toBe(theirs.length)
      expect(list.map((card) => card._id)).toEqual(theirs.slice(0, PERSON_POSTS_SHOWN).map((doc) => doc._id))
    }
    // The generated snapshot gives the starter people more posts than a page shows.
    expect(Math.max(page.authoredCount, page.reviewedCount)).toBeGreaterThan(PERSON_POSTS_SHOWN)
  })
})

it("a treatment's page fetches only the newest posts linking to it that it can show", async () => {
  const treatments = documents.filter((doc) => doc._type === 'treatment' && ((doc.language as string | undefined) ?? 'en') === 'en')
  for (const treatment of treatments) {
    const slug = (treatment.slug as {current: string}).current
    const page = await run<{linkedFromPosts: Card[]}>(treatmentBySlugQuery, {slug}, 'published')
    const linking = newestFirst(visible.filter((doc) => JSON.stringify(doc).includes(`"_ref":"${treatment._id}"`)))
    expect(page.linkedFromPosts.map((card) => card._id)).toEqual(linking.slice(0, RELATED_POSTS_LIMIT).map((doc) => doc._id))
    // The same as GROQ over every document.
    expect(page).toEqual(await fullScan(documents)(treatmentBySlugQuery, {slug}, 'published'))
  }
})

import fs from 'node:fs'
import path from 'node:path'
import * as queries from '@/lib/content/queries'
import type {Perspective, QueryParams} from '@/lib/content/perspective'
import {searchDocumentsQuery, searchVersionQuery} from '@/lib/content/search-documents'
import {startLocalContentLake, type LocalContentLake} from '@/tooling/local-content-lake/server'
import {lakeClient, useLakeAsContentSource, workingCopy} from '../local-content-lake/lake-fixture'

// The live rule (lib/content/live-filter.ts) read through both sources the site uses: the bundled
// snapshot through groq-js, and @sanity/client over HTTP against the local Content Lake serving the
// same working copy. A post scheduled ahead, one taken down and one due to come down later.

type Source = <T>(query: string, params: QueryParams, perspective: Perspective) => Promise<T>
type Card = {slug: string | null}

const HOUR = 60 * 60 * 1000
const SCHEDULED = 'sunscreen-in-a-tropical-climate'
const TAKEN_DOWN = 'pore-strips-steam-and-ice'
const COMING_DOWN = 'what-to-expect-from-a-chemical-peel'
const LINKS_TO_SCHEDULED = 'can-you-close-pores-permanently'
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString()

let lake: LocalContentLake
const sources: Record<'snapshot' | 'lake', Source> = {} as never

beforeAll(async () => {
  const dir = workingCopy()
  const file = path.join(dir, 'data.ndjson')
  const changes: Record<string, Record<string, string>> = {
    [SCHEDULED]: {publishedAt: iso(24 * HOUR)},
    [TAKEN_DOWN]: {takeDownAt: iso(-HOUR)},
    [COMING_DOWN]: {takeDownAt: iso(24 * HOUR)},
  }
  const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n').map((line) => {
    const doc = JSON.parse(line) as {_id: string; _type: string; slug?: {current?: string}}
    const change = doc._type === 'post' && !doc._id.startsWith('drafts.') ? changes[doc.slug?.current ?? ''] : undefined
    return change ? JSON.stringify({...doc, ...change}) : line
  })
  fs.writeFileSync(file, `${lines.join('\n')}\n`)
  lake = await startLocalContentLake({dir, port: 0, httpPort: 0, strict: true, log: () => {}})
  useLakeAsContentSource(lake, dir)
  sources.lake = (await import('@/lib/content/sanity-source')).querySanity
  sources.snapshot = (await import('@/lib/content/snapshot-source')).querySnapshot
})

afterAll(async () => {
  const unknown = lake.unknownRequests()
  await lake.close()
  expect(unknown).toEqual([])
})

const slugs = (cards: (Card | null)[] | null | undefined) => (cards ?? []).map((c) => c?.slug)

describe.each(['snapshot', 'lake'] as const)('scheduled and taken-down posts, read from the %s', (name) => {
  const read = <T,>(query: string, params: QueryParams = {}, perspective: Perspective = 'published') => sources[name]<T>(query, params, perspective)

  it('are on no public listing, feed, sitemap or search index; a post due to come down later still is', async () => {
    const [latest, page, slugList, feed, sitemap, search] = await Promise.all([
      read<Card[]>(queries.latestPostsQuery, {limit: 50}),
      read<{total: number; posts: Card[]}>(queries.postsPageQuery, {category: null, start: 0, end: 50}),
      read<string[]>(queries.postSlugsQuery),
      read<Card[]>(queries.feedQuery),
      read<{posts: Card[]}>(queries.sitemapQuery),
      read<{posts: Card[]}>(searchDocumentsQuery),
    ])
    for (const list of [slugs(latest), slugs(page.posts), slugList, slugs(feed), slugs(sitemap.posts), slugs(search.posts)]) {
      expect(list).not.toContain(SCHEDULED)
      expect(list).not.toContain(TAKEN_DOWN)
      expect(list).toContain(COMING_DOWN)
      expect(list).toContain(LINKS_TO_SCHEDULED)
    }
    expect(page.total).toBe(page.posts.length)
  })

  it('answer no page of their own, and drop out of related posts, author pages and treatment links', async () => {
    expect(await read(queries.postBySlugQuery, {slug: SCHEDULED})).toBeNull()
    expect(await read(queries.postBySlugQuery, {slug: TAKEN_DOWN})).toBeNull()
    const linking = await read<{relatedPosts: Card[]}>(queries.postBySlugQuery, {slug: LINKS_TO_SCHEDULED})
    expect(linking.relatedPosts.length).toBeGreaterThan(0)
    expect(slugs(linking.relatedPosts)).not.toContain(SCHEDULED)
    const author = await read<{authored: Card[]}>(queries.personBySlugQuery, {slug: 'yoneda-narumi'})
    expect(slugs(author.authored)).not.toContain(SCHEDULED)
    expect(slugs(author.authored)).toContain(LINKS_TO_SCHEDULED)
    const treatments = await read<string[]>(queries.treatmentSlugsQuery)
    for (const slug of treatments) {
      const treatment = await read<{linkedFromPosts: Card[]; relatedPosts: Card[]}>(queries.treatmentBySlugQuery, {slug})
      expect([...slugs(treatment.linkedFromPosts), ...slugs(treatment.relatedPosts)]).not.toEqual(expect.arrayContaining([SCHEDULED]))
      expect([...slugs(treatment.linkedFromPosts), ...slugs(treatment.relatedPosts)]).not.toEqual(expect.arrayContaining([TAKEN_DOWN]))
    }
  })

  it('stay in draft preview, where editors check them before their time', async () => {
    expect(await read<Card | null>(queries.postBySlugQuery, {slug: SCHEDULED}, 'drafts')).toMatchObject({slug: SCHEDULED})
    expect(slugs(await read<Card[]>(queries.latestPostsQuery, {limit: 50}, 'drafts'))).toEqual(expect.arrayContaining([SCHEDULED, TAKEN_DOWN]))
  })

  it('are found by the schedule: due in a window that holds their time, and the next time ahead', async () => {
    const window = {from: iso(-2 * HOUR), to: iso(0)}
    expect(slugs(await read<Card[]>(queries.dueTransitionsQuery, window))).toEqual([TAKEN_DOWN])
    expect(await read(queries.dueTransitionsQuery, {from: iso(-30 * 60 * 1000), to: iso(0)})).toEqual([])
    const next = await read<{publish: string; takeDown: string}>(queries.nextTransitionQuery, {after: iso(0)})
    expect(Date.parse(next.publish)).toBeGreaterThan(Date.now() + 23 * HOUR)
    expect(Date.parse(next.takeDown)).toBeGreaterThan(Date.now() + 23 * HOUR)
  })
})

it('the two sources agree on every answer above, and on the search index version', async () => {
  const cases: Array<[string, QueryParams]> = [
    [queries.latestPostsQuery, {limit: 50}],
    [queries.feedQuery, {}],
    [queries.sitemapQuery, {}],
    [queries.postBySlugQuery, {slug: LINKS_TO_SCHEDULED}],
    [searchVersionQuery, {}],
    [queries.nextTransitionQuery, {after: iso(0)}],
  ]
  for (const [query, params] of cases) {
    expect(await sources.lake(query, params, 'published')).toEqual(await sources.snapshot(query, params, 'published'))
  }
})

it('in Sanity mode, the schedule timer sees a time set through the lake and revalidates after it', async () => {
  const {createScheduleTimer} = await import('@/lib/publishing/schedule-timer')
  const {findDueTransitions, findNextTransition} = await import('@/lib/content/schedule')
  const {contentSourceName} = await import('@/lib/content/source')
  expect(contentSourceName()).toBe('sanity')
  const at = Date.now() + 4000
  await lakeClient(lake as LocalContentLake & {token: string}).patch(`post.${COMING_DOWN}`).set({publishedAt: new Date(at).toISOString()}).commit()
  const windows: number[][] = []
  const timer = createScheduleTimer({
    findDue: findDueTransitions,
    findNext: findNextTransition,
    revalidateWindow: async (since, until) => void windows.push([since.getTime(), until.getTime()]),
    lookbackMs: 1000,
  })
  const delay = await timer.runOnce()
  expect(windows).toEqual([])
  expect(delay).toBeLessThanOrEqual(5000)
  await new Promise((resolve) => setTimeout(resolve, delay))
  await timer.runOnce()
  expect(windows).toHaveLength(1)
  expect(windows[0]![0]).toBeLessThan(at)
  expect(windows[0]![1]).toBeGreaterThanOrEqual(at)
  expect(slugs(await sources.lake<Card[]>(queries.feedQuery, {}, 'published'))).toContain(COMING_DOWN)
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {findDueTransitions, findNextTransition} from '@/lib/content/schedule'
import {runQuery} from '@/lib/content/source'
import {createPublishDueRoute, SELF_CALL_HEADER, selfCallToken} from '@/lib/publishing/publish-due'
import {createScheduleTimer, delayUntil, FIRE_AFTER_MS, POLL_MS, RETRY_MS} from '@/lib/publishing/schedule-timer'
import {contentLookup, tagsForDocument} from '@/lib/publishing/tags-for-document'

// The schedule over a working copy of the bundled snapshot, read for real through the snapshot
// source: the timer that sleeps until the next publish or take-down time, and the publish-due
// route it (or a serverless scheduler) calls. Only Next's revalidateTag is a recorder: it works
// inside a Next request only. The seconds here are real: posts are scheduled a moment ahead.

const CRON_SECRET = 'cron-test-secret-0123456789abcdefghij'
const SLUG = 'sunscreen-in-a-tropical-climate'
let file: string

beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schedule-test-'))
  fs.copyFileSync(path.join(process.cwd(), 'sanity/dataset/data.ndjson'), path.join(dir, 'data.ndjson'))
  process.env.CONTENT_SNAPSHOT_DIR = dir
  file = path.join(dir, 'data.ndjson')
})

/** Sets fields on the published post, as a publish would. */
function setPost(fields: Record<string, string | undefined>) {
  const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n').map((line) => {
    const doc = JSON.parse(line) as Record<string, unknown> & {_id: string}
    if (doc._id !== `post.${SLUG}`) return line
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) delete doc[key]
      else doc[key] = value
    }
    return JSON.stringify(doc)
  })
  fs.writeFileSync(file, `${lines.join('\n')}\n`)
}

const isLive = async () => (await runQuery<string[]>(`*[_type == "post" && ${(await import('@/lib/content/live-filter')).LIVE_POST}].slug.current`)).includes(SLUG)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the delay before the next round', () => {
  it('is just after the next transition, never longer than the poll and never zero', () => {
    const now = Date.parse('2026-12-06T10:00:00Z')
    expect(delayUntil(null, now)).toBe(POLL_MS)
    expect(delayUntil(new Date(now + 10_000), now)).toBe(10_000 + FIRE_AFTER_MS)
    expect(delayUntil(new Date(now + 3_600_000), now)).toBe(POLL_MS)
    expect(delayUntil(new Date(now - 5000), now)).toBeGreaterThan(0)
  })
})

describe('the schedule timer', () => {
  it('sleeps until a scheduled post is due, then revalidates its window once', async () => {
    // Far enough ahead that the first round is over before it, on a loaded machine too.
    const at = Date.now() + 4000
    setPost({publishedAt: new Date(at).toISOString(), takeDownAt: undefined})
    const windows: Array<{since: number; until: number}> = []
    const timer = createScheduleTimer({
      findDue: findDueTransitions,
      findNext: findNextTransition,
      revalidateWindow: async (since, until) => void windows.push({since: since.getTime(), until: until.getTime()}),
      lookbackMs: 60_000,
    })
    const delay = await timer.runOnce()
    expect(await isLive()).toBe(false)
    expect(windows).toEqual([])
    expect(delay).toBeGreaterThan(FIRE_AFTER_MS)
    expect(delay).toBeLessThanOrEqual(4000 + FIRE_AFTER_MS)

    await sleep(delay)
    expect(await isLive()).toBe(true)
    expect(await timer.runOnce()).toBe(POLL_MS)
    expect(windows).toHaveLength(1)
    expect(windows[0]!.since).toBeLessThan(at)
    expect(windows[0]!.until).toBeGreaterThanOrEqual(at)
    // Done once: the next round's window starts where this one ended.
    await timer.runOnce()
    expect(windows).toHaveLength(1)
  })

  it('after a restart, catches up on a time that passed while it was down', async () => {
    setPost({publishedAt: new Date(Date.now() - 10 * 60_000).toISOString(), takeDownAt: undefined})
    const windows: unknown[] = []
    const timer = createScheduleTimer({
      findDue: findDueTransitions,
      findNext: findNextTransition,
      revalidateWindow: async (since, until) => void windows.push({since, until}),
      lookbackMs: 60 * 60_000,
    })
    await timer.runOnce()
    expect(windows).toHaveLength(1)
  })

  it('keeps a window whose revalidation failed and retries it sooner than the poll', async () => {
    setPost({publishedAt: '2025-09-05T01:00:00Z', takeDownAt: new Date(Date.now() - 1000).toISOString()})
    let fail = true
    const windows: unknown[] = []
    const timer = createScheduleTimer({
      findDue: findDueTransitions,
      findNext: findNextTransition,
      revalidateWindow: async (since, until) => {
        if (fail) throw new Error('connection refused')
        windows.push({since, until})
      },
      lookbackMs: 60_000,
    })
    expect(await timer.runOnce()).toBe(RETRY_MS)
    fail = false
    await timer.runOnce()
    expect(windows).toHaveLength(1)
    expect(await isLive()).toBe(false)
  })
})

describe('GET /api/cron/publish-due', () => {
  type Call = {tags: string[]; context: Record<string, unknown>}
  function setup(cronSecret: string | null = CRON_SECRET) {
    const calls: Call[] = []
    const lookup = contentLookup(runQuery)
    const handle = createPublishDueRoute({
      cronSecret: () => cronSecret ?? undefined,
      findDue: findDueTransitions,
      tagsFor: (doc) => tagsForDocument(doc, lookup),
      revalidate: (tags, context) => void calls.push({tags, context}),
    })
    return {handle, calls}
  }
  const get = (query = '', headers: Record<string, string> = {authorization: `Bearer ${CRON_SECRET}`}) =>
    new Request(`https://clinic.test/api/cron/publish-due${query}`, {headers})

  it('is off (404) without CRON_SECRET, and refuses a wrong or missing token (401)', async () => {
    const off = setup(null)
    expect((await off.handle(get())).status).toBe(404)
    const {handle, calls} = setup()
    for (const authorization of [undefined, 'Bearer wrong-secret-0123456789', CRON_SECRET, `Basic ${CRON_SECRET}`]) {
      const response = await handle(get('', authorization ? {authorization} : {}))
      expect(response.status).toBe(401)
      expect(response.headers.get('www-authenticate')).toBe('Bearer')
    }
    expect(calls).toEqual([])
  })

  it('answers 400 for a window it cannot use', async () => {
    const {handle, calls} = setup()
    const future = new Date(Date.now() + 60 * 60_000).toISOString()
    for (const query of [
      '?since=yesterday',
      '?since=2026-12-06',
      '?since=2026-12-06T10:00:00Z&until=2026-12-06T09:00:00Z',
      `?until=${future}`,
      '?since=2020-01-01T00:00:00Z',
      '?window=5',
    ]) {
      const response = await handle(get(query))
      expect(response.status).toBe(400)
      expect(await response.json()).toHaveProperty('error')
    }
    expect(calls).toEqual([])
  })

  it("revalidates a post whose time fell in the window with the tags a publish of it clears", async () => {
    const at = new Date(Date.now() - 30_000)
    setPost({publishedAt: at.toISOString(), takeDownAt: undefined})
    const {handle, calls} = setup()
    const response = await handle(get())
    expect(response.status).toBe(200)
    const body = (await response.json()) as {due: Array<{slug: string}>; tags: string[]}
    expect(body.due).toEqual([{id: `post.${SLUG}`, slug: SLUG}])
    expect(body.tags).toEqual(expect.arrayContaining(['post', `post:${SLUG}`, 'post:can-you-close-pores-permanently']))
    expect(calls).toHaveLength(1)
    expect(calls[0]!.tags).toEqual(body.tags)

    // A window that ends before the time holds nothing.
    const before = await handle(get(`?since=${new Date(at.getTime() - 60_000).toISOString()}&until=${new Date(at.getTime() - 1).toISOString()}`))
    expect(((await before.json()) as {due: unknown[]}).due).toEqual([])
    expect(calls).toHaveLength(1)
  })

  it("accepts this process's own timer by its token, with no CRON_SECRET set", async () => {
    const {handle} = setup(null)
    expect((await handle(get('', {[SELF_CALL_HEADER]: selfCallToken()}))).status).toBe(200)
    expect((await handle(get('', {[SELF_CALL_HEADER]: 'guess'}))).status).toBe(404)
  })
})

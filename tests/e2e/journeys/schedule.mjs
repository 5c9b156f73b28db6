// Scheduled posts against the production build in snapshot mode: `npm run content:publish` with a
// publish time a few seconds ahead takes the post off every public surface at once, and the
// server puts it back by itself when the time comes (its own timer, no second publish or webhook).
// The timing is real: a short schedule, not a faked clock. How long it took is the benchmark's
// business (tooling/bench/bench-schedule.mjs); here it only has to happen within the bound.
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {assert, readSnapshot, request} from '../lib/kit.mjs'
import {ROOT} from '../lib/app-server.mjs'

const SCHEDULE_AHEAD_MS = 30_000
// The promise is "within 60 s of its time"; the poll allows for a slow shared machine on top.
const GIVE_UP_AFTER_MS = 90_000
const SLUG = 'sunscreen-in-a-tropical-climate'

function contentPublish(ctx, args) {
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts/content-publish.ts'), '--dir', ctx.snapshotDir, '--url', ctx.baseUrl, '--secret', ctx.env.SANITY_REVALIDATE_SECRET, ...args],
    {cwd: ROOT, encoding: 'utf8', timeout: 60_000},
  )
  assert.equal(run.status, 0, `content:publish ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`)
}

function postOf(snapshotDir) {
  const snap = readSnapshot(snapshotDir)
  const posts = snap.byType('post')
  const post = posts.find((p) => snap.slug(p) === SLUG) ?? posts.find((p) => snap.slug(p) && p.publishedAt)
  assert.ok(post, 'the snapshot has no post to schedule')
  return {id: post._id, slug: snap.slug(post), title: post.title, publishedAt: post.publishedAt}
}

// A word no other content has, so search and the listings can be checked by it.
const marker = () => `Schedmark${Array.from({length: 6}, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`

// content:publish runs for seconds between polls, longer than the server keeps an idle connection
// open, so a pooled connection may be closed just as it is reused: such a request is sent again.
async function get(baseUrl, pathname) {
  try {
    return await request(baseUrl, pathname)
  } catch (error) {
    if (error?.cause?.code !== 'UND_ERR_SOCKET') throw error
    return request(baseUrl, pathname)
  }
}

/** Where the post shows, surface by surface: its page, the journal, home, feed, sitemap and search. */
async function surfaces(baseUrl, {slug, mark}) {
  const href = `/blog/${slug}`
  const [page, blog, home, feed, sitemap, search] = await Promise.all(
    [href, '/blog', '/', '/feed.xml', '/sitemap.xml', `/search?q=${mark}`].map((p) => get(baseUrl, p)),
  )
  return {
    page: page.status === 200 && page.body.includes(mark),
    blog: blog.body.includes(`href="${href}"`),
    home: home.body.includes(`href="${href}"`),
    feed: feed.body.includes(href),
    sitemap: sitemap.body.includes(href),
    search: search.body.includes(`href="${href}"`),
    pageStatus: page.status,
  }
}

// The journal's first page and home list only the newest posts, so they are checked while the
// post is the newest one.
const VISIBLE_ON = ['page', 'blog', 'home', 'feed', 'sitemap', 'search']
const ANY_DATE = ['page', 'feed', 'sitemap', 'search']

async function waitUntil(baseUrl, post, wanted, label, on = VISIBLE_ON) {
  const started = Date.now()
  let last
  while (Date.now() - started < GIVE_UP_AFTER_MS) {
    last = await surfaces(baseUrl, post)
    if (on.every((k) => last[k] === wanted)) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  assert.fail(`${label}: not everywhere after ${GIVE_UP_AFTER_MS / 1000} s: ${JSON.stringify(last)}`)
}

export async function aPostPublishedForLaterIsOffEverySurfaceThenGoesLiveByItself(ctx) {
  const original = postOf(ctx.snapshotDir)
  const mark = marker()
  const post = {slug: original.slug, mark}
  try {
    // Live first under the new title, so that the absence below is the schedule's doing.
    contentPublish(ctx, ['--id', original.id, '--title', `${original.title} ${mark}`])
    await waitUntil(ctx.baseUrl, post, true, 'after an ordinary publish', ANY_DATE)

    const at = new Date(Date.now() + SCHEDULE_AHEAD_MS)
    contentPublish(ctx, ['--id', original.id, '--publish-at', at.toISOString()])
    const off = await surfaces(ctx.baseUrl, post)
    for (const surface of VISIBLE_ON) assert.equal(off[surface], false, `scheduled for ${at.toISOString()}, yet on ${surface} at once: ${JSON.stringify(off)}`)
    assert.equal(off.pageStatus, 404, `the scheduled post's own page answered ${off.pageStatus}, not 404`)

    await waitUntil(ctx.baseUrl, post, true, `scheduled for ${at.toISOString()}`)
    assert.ok(Date.now() >= at.getTime(), 'the post went live before its time')
  } finally {
    contentPublish(ctx, ['--id', original.id, '--title', original.title, '--publish-at', original.publishedAt, '--take-down-at', 'none'])
  }
}

export async function aTakeDownTimeTakesThePostOffEverySurfaceByItself(ctx) {
  const original = postOf(ctx.snapshotDir)
  const mark = marker()
  const post = {slug: original.slug, mark}
  try {
    // Dated now, so that it is the newest post and on the journal's first page and home too.
    contentPublish(ctx, ['--id', original.id, '--title', `${original.title} ${mark}`, '--publish-at', new Date(Date.now() - 1000).toISOString()])
    await waitUntil(ctx.baseUrl, post, true, 'after an ordinary publish')
    const at = new Date(Date.now() + SCHEDULE_AHEAD_MS / 2)
    contentPublish(ctx, ['--id', original.id, '--take-down-at', at.toISOString()])
    const still = await surfaces(ctx.baseUrl, post)
    for (const surface of VISIBLE_ON) assert.equal(still[surface], true, `to be taken down at ${at.toISOString()}, yet already off ${surface}`)
    await waitUntil(ctx.baseUrl, post, false, `taken down at ${at.toISOString()}`)
    const gone = await surfaces(ctx.baseUrl, post)
    assert.equal(gone.pageStatus, 404, `the taken-down post's own page answered ${gone.pageStatus}, not 404`)
  } finally {
    contentPublish(ctx, ['--id', original.id, '--title', original.title, '--publish-at', original.publishedAt, '--take-down-at', 'none'])
  }
}

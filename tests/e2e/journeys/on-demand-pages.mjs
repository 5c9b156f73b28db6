// Pages the build did not make (#29): the harness builds with PRERENDER_RECENT_POSTS=3
// (tests/e2e/lib/app-server.mjs), so most starter posts render on their first request. Against the
// production build in snapshot mode: the build made what lib/content/prerender-params.ts names and
// no more; a never-built post renders in full on its first request (JSON-LD, Open Graph card) and
// is then served from the cache; a scheduled one stays 404 until its time; a renamed one still
// redirects; and a post publish leaves other posts' pages in the cache.
// Runs first of the snapshot journeys, so that "first request" means the first.
import {execFile} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {promisify} from 'node:util'
import {E2E_PRERENDER_RECENT_POSTS, ROOT} from '../lib/app-server.mjs'
import {assert, expectNoAxeViolations, open, poreGuide, readSnapshot, request} from '../lib/kit.mjs'

const GIVE_UP_AFTER_MS = 90_000

/** `npm run content:publish` against the journey's server and snapshot copy (asynchronous: keep-alive sockets stay honest). */
async function contentPublish({baseUrl, snapshotDir, env}, args) {
  const script = [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/content-publish.ts', ...args, '--url', baseUrl, '--dir', snapshotDir]
  try {
    await promisify(execFile)(process.execPath, script, {cwd: ROOT, env: {...process.env, SANITY_REVALIDATE_SECRET: env.SANITY_REVALIDATE_SECRET}, timeout: 60_000})
  } catch (e) {
    throw new Error(`content:publish ${args.join(' ')} failed:\n${e.stdout ?? ''}${e.stderr ?? e.message}`)
  }
}

/** The starter posts the build made ahead, from the build's own record, and the ones it did not. */
function builtAndNot(ctx) {
  const manifest = JSON.parse(fs.readFileSync(path.join(ctx.appDir, '.next/prerender-manifest.json'), 'utf8'))
  // English pages as their public address: the build names them under the [locale] segment (/en/...).
  const built = new Set(Object.keys(manifest.routes).map((route) => route.replace(/^\/en(?=\/|$)/, '') || '/'))
  // The build read the bundled snapshot, not the journey's copy (which other journeys change).
  const snap = readSnapshot(path.join(ROOT, 'sanity/dataset'))
  const posts = snap.byType('post').filter((p) => snap.slug(p) && (p.language ?? 'en') === 'en').sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
  const post = (p) => ({id: p._id, slug: snap.slug(p), title: p.title, publishedAt: p.publishedAt, categories: (p.categories ?? []).map((c) => c._ref), raw: JSON.stringify(p)})
  return {snap, built, posts: posts.map(post), guide: post(poreGuide(snap)), notBuilt: posts.filter((p) => !built.has(`/blog/${snap.slug(p)}`)).map(post)}
}

/** A never-built post of the starter content: each test takes its own, so each first request is one. */
function neverBuilt(ctx, index) {
  const {notBuilt} = builtAndNot(ctx)
  assert.ok(notBuilt.length > index, `the build left only ${notBuilt.length} posts for the first request`)
  return notBuilt[index]
}

export async function theServerReadTheSnapshotBeforeAnyPageDid(ctx) {
  // Next runs instrumentation's register() as the server starts and holds requests until it is
  // done; the snapshot is read and indexed there, or the first reader after a deploy waits for it.
  const events = fs
    .readFileSync(ctx.server.logFile, 'utf8')
    .split('\n')
    .flatMap((line) => {
      try {
        return [JSON.parse(line)]
      } catch {
        return []
      }
    })
  const warmed = events.findIndex((e) => e.event === 'content.snapshot_warmed')
  assert.ok(warmed !== -1, `the server log has no content.snapshot_warmed (${ctx.server.logFile})`)
  // runQuery logs content.source on the first read a page or route makes.
  const firstRead = events.findIndex((e) => e.event === 'content.source')
  assert.ok(firstRead === -1 || warmed < firstRead, 'a page read content before the snapshot was warmed')
  // The server started on a copy of the bundled snapshot (journeys publish into the copy since).
  const documents = fs.readFileSync(path.join(ROOT, 'sanity/dataset/data.ndjson'), 'utf8').split('\n').filter((line) => line.trim()).length
  assert.equal(events[warmed].documents, documents, 'the warmed snapshot is not the one the server started on')
}

export async function theBuildMadeTheNewestPostsTheGuideTreatmentsPeopleAndListingsOnly(ctx) {
  const {snap, built, posts, guide} = builtAndNot(ctx)
  const expected = new Set([...posts.slice(0, Number(E2E_PRERENDER_RECENT_POSTS)).map((p) => p.slug), guide.slug])
  for (const post of posts) {
    assert.equal(built.has(`/blog/${post.slug}`), expected.has(post.slug), `/blog/${post.slug} built ahead: ${built.has(`/blog/${post.slug}`)}`)
  }
  assert.ok(posts.length > expected.size, 'some starter posts are left for their first request')
  for (const type of ['treatment', 'person']) {
    for (const doc of snap.byType(type)) {
      const pathname = type === 'treatment' ? `/treatments/${snap.slug(doc)}` : `/people/${snap.slug(doc)}`
      assert.ok(built.has(pathname), `${pathname} was not built ahead`)
    }
  }
  for (const page of snap.byType('page')) assert.ok(built.has(`/about/${snap.slug(page)}`), `/about/${snap.slug(page)} was not built ahead`)
  for (const pathname of ['/', '/blog', '/treatments', '/clinic', '/privacy', '/feed.xml', '/sitemap.xml']) assert.ok(built.has(pathname), `${pathname} was not built ahead`)
  const cards = [...built].filter((r) => r.includes('opengraph-image'))
  assert.deepEqual(cards, [], 'Open Graph cards are drawn on demand, none at build')
}

export async function aNeverBuiltPostRendersInFullOnItsFirstRequestAndIsThenServedFromTheCache(ctx) {
  const post = neverBuilt(ctx, 0)
  const pathname = `/blog/${post.slug}`
  const first = await request(ctx.baseUrl, pathname)
  assert.equal(first.status, 200, `GET ${pathname} (never built) answered ${first.status}`)
  assert.notEqual(first.headers.get('x-nextjs-cache'), 'HIT', `the first request of ${pathname} came from a cache`)
  const second = await request(ctx.baseUrl, pathname)
  assert.equal(second.headers.get('x-nextjs-cache'), 'HIT', `the second request of ${pathname} was not served from the ISR cache (x-nextjs-cache: ${second.headers.get('x-nextjs-cache')})`)

  // The whole page as a reader gets it: heading, byline, JSON-LD naming the article, axe-clean.
  const page = await ctx.newMobilePage()
  await open(page, ctx.baseUrl, pathname)
  assert.equal((await page.getByRole('heading', {level: 1}).innerText()).trim(), post.title)
  const graphs = await page.locator('script[type="application/ld+json"]').allTextContents()
  const nodes = graphs.flatMap((text) => JSON.parse(text)['@graph'] ?? [JSON.parse(text)])
  const article = nodes.find((n) => ['BlogPosting', 'Article', 'MedicalWebPage'].some((t) => [n['@type']].flat().includes(t)) && n.headline)
  assert.ok(article, `no article node in the JSON-LD of ${pathname}: ${graphs.join('\n').slice(0, 500)}`)
  assert.equal(article.headline, post.title)
  await expectNoAxeViolations(page, `${pathname} on its first request`)

  // Its Open Graph card, drawn on demand, then cached.
  const ogUrl = await page.locator('meta[property="og:image"]').first().getAttribute('content')
  assert.ok(ogUrl?.includes(`/blog/${post.slug}/opengraph-image`), `og:image of ${pathname} is ${ogUrl}`)
  const ogPath = new URL(ogUrl).pathname + new URL(ogUrl).search
  const card = await fetch(new URL(ogPath, ctx.baseUrl), {signal: AbortSignal.timeout(30_000)})
  const png = Buffer.from(await card.arrayBuffer())
  assert.equal(card.status, 200, `GET ${ogPath} answered ${card.status}`)
  assert.equal(card.headers.get('content-type'), 'image/png')
  assert.ok(png.subarray(1, 4).toString() === 'PNG' && png.length > 1000, `${ogPath} is not a PNG (${png.length} bytes)`)
  const again = await fetch(new URL(ogPath, ctx.baseUrl), {signal: AbortSignal.timeout(30_000)})
  await again.arrayBuffer()
  assert.equal(again.headers.get('x-nextjs-cache'), 'HIT', `the card was drawn again (x-nextjs-cache: ${again.headers.get('x-nextjs-cache')})`)
}

export async function aScheduledPostThatWasNeverBuiltIs404UntilItsTimeThenLive(ctx) {
  const post = neverBuilt(ctx, 1)
  const pathname = `/blog/${post.slug}`
  const at = new Date(Date.now() + 20_000)
  try {
    await contentPublish(ctx, ['--id', post.id, '--publish-at', at.toISOString()])
    for (let i = 0; i < 2; i++) {
      const res = await request(ctx.baseUrl, pathname)
      assert.equal(res.status, 404, `${pathname}, scheduled for ${at.toISOString()}, answered ${res.status} before its time`)
    }
    const started = Date.now()
    let last
    while (Date.now() - started < GIVE_UP_AFTER_MS) {
      last = await request(ctx.baseUrl, pathname)
      if (last.status === 200) break
      assert.ok(last.status === 404, `${pathname} answered ${last.status}`)
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
    assert.equal(last.status, 200, `${pathname} still ${last.status} ${GIVE_UP_AFTER_MS / 1000} s after it was due`)
    assert.ok(Date.now() >= at.getTime(), 'live before its time')
    assert.ok(last.body.includes(post.title.replace(/&/g, '&amp;').replace(/'/g, '&#x27;')) || last.body.includes('<h1'), `${pathname} live without its article`)
  } finally {
    await contentPublish(ctx, ['--id', post.id, '--publish-at', post.publishedAt])
  }
}

export async function aRenamedPostThatWasNeverBuiltStillRedirectsFromItsOldAddress(ctx) {
  const post = neverBuilt(ctx, 2)
  const oldPath = `/blog/${post.slug}`
  const renamed = `${post.slug}-moved`
  try {
    await contentPublish(ctx, ['--id', post.id, '--set', JSON.stringify({slug: renamed})])
    const res = await request(ctx.baseUrl, oldPath)
    assert.equal(res.status, 308, `GET ${oldPath} after the rename answered ${res.status}`)
    assert.equal(new URL(res.headers.get('location').split(', ')[0], ctx.baseUrl).pathname, `/blog/${renamed}`)
    const moved = await request(ctx.baseUrl, `/blog/${renamed}`)
    assert.equal(moved.status, 200, `the new address of a never-built post answered ${moved.status}`)
  } finally {
    await contentPublish(ctx, ['--id', post.id, '--set', JSON.stringify({slug: post.slug})])
  }
  assert.equal((await request(ctx.baseUrl, oldPath)).status, 200, `GET ${oldPath} after renaming back`)
}

export async function aPostPublishLeavesOtherPostsPagesInTheCache(ctx) {
  const {posts, built} = builtAndNot(ctx)
  // Two built posts that share no category and do not link to each other: nothing on one's page
  // shows the other.
  const pairs = posts.flatMap((a) => posts.map((b) => [a, b]))
  const [changed, other] =
    pairs.find(([a, b]) => a !== b && built.has(`/blog/${a.slug}`) && built.has(`/blog/${b.slug}`) && !a.categories.some((c) => b.categories.includes(c)) && !a.raw.includes(`"_ref":"${b.id}"`) && !b.raw.includes(`"_ref":"${a.id}"`)) ?? []
  assert.ok(changed, 'the starter content has two built posts with nothing in common')
  const otherPath = `/blog/${other.slug}`
  await request(ctx.baseUrl, otherPath)
  assert.equal((await request(ctx.baseUrl, otherPath)).headers.get('x-nextjs-cache'), 'HIT', `${otherPath} is not cached to begin with`)
  const mark = `Scopemark${Date.now().toString(36)}`
  try {
    await contentPublish(ctx, ['--id', changed.id, '--title', `${changed.title} ${mark}`])
    const fresh = await request(ctx.baseUrl, `/blog/${changed.slug}`)
    assert.ok(fresh.body.includes(mark), `/blog/${changed.slug} does not show its new title`)
    const after = await request(ctx.baseUrl, otherPath)
    assert.equal(after.headers.get('x-nextjs-cache'), 'HIT', `publishing /blog/${changed.slug} re-rendered ${otherPath} (x-nextjs-cache: ${after.headers.get('x-nextjs-cache')})`)
    // The lists that name it did change.
    assert.ok((await request(ctx.baseUrl, '/feed.xml')).body.includes(mark), 'the feed does not show the new title')
  } finally {
    await contentPublish(ctx, ['--id', changed.id, '--title', changed.title])
  }
}

// Freshness against the production build: signed webhook revalidation, refusal of unsigned
// requests, the last good page during a CMS outage, and draft preview.
// Each test changes the server's snapshot copy and puts it (and the server's cache) back after.
import fs from 'node:fs'
import path from 'node:path'
import {applyChange, publish, sendWebhook, webhookBody} from '../../../scripts/lib/snapshot-publish.mjs'
import {assert, poreGuide, readSnapshot, request, requireRoute} from '../lib/kit.mjs'

const DRAFT_SLUG = 'double-cleansing-step-by-step'
const DRAFT_ONLY_SLUG = 'draft-only-example'

const token = (label) => `${label}${Math.random().toString(36).slice(2, 8)}`

function guideOf(snapshotDir) {
  const snap = readSnapshot(snapshotDir)
  const guide = poreGuide(snap)
  return {slug: snap.slug(guide), title: guide.title, id: guide._id}
}

/** Puts the original title back and tells the server, so later journeys see the real content. */
async function restoreTitle({baseUrl, snapshotDir, env}, guide) {
  const {response} = await publish({dir: snapshotDir, url: baseUrl, secret: env.SANITY_REVALIDATE_SECRET, id: guide.id, set: {title: guide.title}})
  assert.equal(response.status, 200, `restoring the title: webhook answered ${response.status}`)
}

function serverLog(ctx) {
  const file = path.join(ctx.artifactsDir ?? '', 'server.log')
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
}

export async function signedWebhookMakesTheChangeLiveOnArticleHomeAndFeed(ctx) {
  const {baseUrl, snapshotDir, env} = ctx
  const guide = guideOf(snapshotDir)
  const article = `/blog/${guide.slug}`
  // Warm every page first, so each is served from the ISR cache until the webhook says otherwise.
  for (const p of [article, '/', '/feed.xml']) {
    const res = await request(baseUrl, p)
    requireRoute(res, p, p === '/feed.xml' ? 'the RSS feed (reading issue)' : 'the page')
    assert.equal(res.status, 200, `GET ${p} answered ${res.status}`)
    assert.ok(res.body.includes(guide.title), `GET ${p} does not show "${guide.title}" before the change`)
    // A CDN may keep it briefly and serve it stale while refetching or while the origin fails.
    const cacheControl = res.headers.get('cache-control') ?? ''
    for (const directive of ['public', 's-maxage=', 'stale-while-revalidate=', 'stale-if-error=']) {
      assert.ok(cacheControl.includes(directive), `GET ${p} Cache-Control "${cacheControl}" lacks ${directive}`)
    }
  }
  const mark = token('Fresh')
  const newTitle = `${guide.title} ${mark}`
  try {
    const {response} = await publish({dir: snapshotDir, url: baseUrl, secret: env.SANITY_REVALIDATE_SECRET, id: guide.id, set: {title: newTitle}})
    assert.equal(response.status, 200, `webhook answered ${response.status}: ${JSON.stringify(response.body)}`)
    assert.ok(response.body.tags.includes(`post:${guide.slug}`), `webhook revalidated ${response.body.tags}`)
    // The very next request shows it: no stale response first.
    for (const p of [article, '/', '/feed.xml']) {
      const res = await request(baseUrl, p)
      assert.equal(res.status, 200, `GET ${p} answered ${res.status} after the publish`)
      assert.ok(res.body.includes(mark), `GET ${p}: the first request after the webhook does not show the new title`)
    }
  } finally {
    await restoreTitle(ctx, guide)
  }
  const back = await request(baseUrl, article)
  assert.ok(!back.body.includes(mark), 'the restored title did not come back')
}

export async function unsignedOrWronglySignedWebhookChangesNothing(ctx) {
  const {baseUrl, snapshotDir, env} = ctx
  const guide = guideOf(snapshotDir)
  const article = `/blog/${guide.slug}`
  assert.equal((await request(baseUrl, article)).status, 200)
  const mark = token('Unsigned')
  const {before, after} = applyChange({dir: snapshotDir, id: guide.id, set: {title: `${guide.title} ${mark}`}})
  try {
    const body = await webhookBody({before, after})
    const noSignature = await sendWebhook({url: baseUrl, body, signature: ''})
    assert.equal(noSignature.status, 401, `no signature: ${noSignature.status}`)
    const wrongSecret = await sendWebhook({url: baseUrl, body, secret: `${env.SANITY_REVALIDATE_SECRET}-wrong`})
    assert.equal(wrongSecret.status, 401, `wrong secret: ${wrongSecret.status}`)
    const stale = await sendWebhook({url: baseUrl, body, secret: env.SANITY_REVALIDATE_SECRET, timestamp: Date.now() - 10 * 60 * 1000})
    assert.equal(stale.status, 401, `ten-minute-old signature: ${stale.status}`)
    const res = await request(baseUrl, article)
    assert.equal(res.status, 200)
    assert.ok(!res.body.includes(mark), 'an unsigned request changed the page')
    assert.ok(res.body.includes(guide.title))
  } finally {
    // Nothing was revalidated, so only the file needs putting back.
    applyChange({dir: snapshotDir, id: guide.id, set: {title: guide.title}})
  }
}

export async function cmsOutageKeepsServingTheLastGoodPageAndRecovers(ctx) {
  const {baseUrl, snapshotDir, env} = ctx
  const guide = guideOf(snapshotDir)
  const article = `/blog/${guide.slug}`
  const file = path.join(snapshotDir, 'data.ndjson')
  const away = `${file}.outage`
  const secret = env.SANITY_REVALIDATE_SECRET
  // A server that has been running has rendered the article itself; this one may only hold the
  // build's prerendered copy (the harness stages .next without its cache). Make it render once.
  const warm = await publish({dir: snapshotDir, url: baseUrl, secret, id: guide.id, set: {title: guide.title}})
  assert.equal(warm.response.status, 200)
  assert.equal((await request(baseUrl, article)).status, 200)
  const logBefore = serverLog(ctx).length

  fs.renameSync(file, away)
  let restored = false
  try {
    // A publish arrives while the source is unreadable: the handler cannot look up referencing
    // documents (500, Sanity retries) but expires the post's own page, forcing a regeneration.
    const body = JSON.stringify({_id: guide.id, _type: 'post', slug: guide.slug, before: {slug: guide.slug}, operation: 'update'})
    const hook = await sendWebhook({url: baseUrl, body, secret})
    assert.equal(hook.status, 500, `webhook during the outage answered ${hook.status}`)

    for (let i = 0; i < 2; i++) {
      const res = await request(baseUrl, article)
      assert.equal(res.status, 200, `article during the outage answered ${res.status}`)
      assert.ok(res.body.includes(guide.title), 'article during the outage lost its content')
    }
    // A page never rendered before cannot be served from anywhere: 503 and the error page, no stack.
    const never = await request(baseUrl, `/blog/${token('never-rendered-')}`)
    assert.equal(never.status, 503, `a never-rendered page during the outage answered ${never.status}`)
    assert.equal(never.headers.get('retry-after'), '30')
    assert.equal(never.headers.get('cache-control'), 'no-store', 'a CDN could keep the 503')
    assert.ok(!/at (async )?\S+ \(|\.next\/server|ENOENT/.test(never.body), 'the 503 page shows a stack trace or the cause')

    const logged = serverLog(ctx).slice(logBefore)
    if (ctx.artifactsDir) {
      const lines = logged.split('\n').filter((l) => l.includes('"content.source_failed"'))
      assert.ok(lines.length > 0, 'no structured content.source_failed line in the server log')
      const entry = JSON.parse(lines[0])
      assert.equal(entry.level, 'error')
      assert.ok(entry.tags?.length, 'the log line names no cache tags')
      assert.ok(entry.cause?.message, 'the log line has no cause')
    }

    // The source comes back with a change; a signed webhook refreshes the page.
    fs.renameSync(away, file)
    restored = true
    const mark = token('Recovered')
    const {response} = await publish({dir: snapshotDir, url: baseUrl, secret, id: guide.id, set: {title: `${guide.title} ${mark}`}})
    assert.equal(response.status, 200, `webhook after recovery answered ${response.status}`)
    const res = await request(baseUrl, article)
    assert.equal(res.status, 200)
    assert.ok(res.body.includes(mark), 'the article did not refresh after the source came back')
  } finally {
    if (!restored && fs.existsSync(away)) fs.renameSync(away, file)
    await restoreTitle(ctx, guide)
  }
}

export async function draftModeShowsTheDraftTitleAndThePublicPageDoesNot(ctx) {
  const {baseUrl, snapshotDir, env} = ctx
  const snap = readSnapshot(snapshotDir)
  const draft = snap.docs.find((d) => d._id === `drafts.post.${DRAFT_SLUG}`)
  const published = snap.byId.get(`post.${DRAFT_SLUG}`)
  assert.ok(draft && published, `the snapshot lacks drafts.post.${DRAFT_SLUG} or its published version`)
  assert.notEqual(draft.title, published.title)
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/'/g, '&#x27;')
  const article = `/blog/${DRAFT_SLUG}`

  const publicBefore = await request(baseUrl, article)
  assert.equal(publicBefore.status, 200)
  assert.ok(publicBefore.body.includes(escape(published.title)) && !publicBefore.body.includes(escape(draft.title)))
  assert.equal((await request(baseUrl, `/blog/${DRAFT_ONLY_SLUG}`)).status, 404, 'a draft-only post is public')

  // Wrong secret: refused, no cookie.
  const wrong = await request(baseUrl, `/api/draft-mode/enable?secret=wrong&redirect=${encodeURIComponent(article)}`)
  assert.equal(wrong.status, 401)
  assert.equal(wrong.headers.get('set-cookie'), null)
  // Another site as the redirect target: sent home instead.
  const offsite = await request(baseUrl, `/api/draft-mode/enable?secret=${encodeURIComponent(env.PREVIEW_SECRET)}&redirect=${encodeURIComponent('//evil.example/x')}`)
  assert.equal(offsite.status, 307)
  assert.equal(offsite.headers.get('location'), '/')

  const page = await ctx.newMobilePage()
  const enabled = await page.goto(`${baseUrl}/api/draft-mode/enable?secret=${encodeURIComponent(env.PREVIEW_SECRET)}&redirect=${encodeURIComponent(article)}`)
  assert.equal(new URL(page.url()).pathname, article, 'enabling preview did not land on the article')
  assert.equal(enabled.status(), 200)
  const cacheControl = (await enabled.allHeaders())['cache-control'] ?? ''
  assert.ok(/private/.test(cacheControl) && /no-store/.test(cacheControl), `draft page Cache-Control: ${cacheControl}`)
  await page.getByRole('heading', {level: 1, name: draft.title, exact: true}).waitFor()
  const bar = page.getByRole('status').filter({hasText: 'Preview: you are seeing unpublished changes'})
  await bar.waitFor()
  // A draft-only post is visible to the editor.
  const draftOnly = await page.goto(`${baseUrl}/blog/${DRAFT_ONLY_SLUG}`)
  assert.equal(draftOnly.status(), 200, 'the draft-only post is not previewable')

  // Meanwhile the public, cached page is unchanged: nothing rendered in draft mode reached it.
  const publicDuring = await request(baseUrl, article)
  assert.ok(publicDuring.body.includes(escape(published.title)) && !publicDuring.body.includes(escape(draft.title)), 'the draft leaked into the public page')
  assert.doesNotMatch(publicDuring.headers.get('cache-control') ?? '', /private/)
  assert.equal((await request(baseUrl, `/blog/${DRAFT_ONLY_SLUG}`)).status, 404, 'the draft-only post became public')

  // Exit preview from the bar.
  await page.goto(`${baseUrl}${article}`)
  await page.getByRole('link', {name: 'Exit preview'}).click()
  await page.waitForURL((url) => url.pathname === article)
  await page.getByRole('heading', {level: 1, name: published.title, exact: true}).waitFor()
  assert.equal(await bar.count(), 0, 'the preview bar is still shown after exiting')
}

// Sanity mode: an editor retitles a published post in the real Studio and schedules the change
// ("Schedule" in the document actions menu, a time a little ahead in Singapore time). The post
// leaves its page, the journal, the feed and the sitemap at once, shows in the Studio's
// "Scheduled" list, and comes back, retitled, by itself when its time comes: no second publish,
// no webhook, only the server's schedule timer.
// The timing is real (a short schedule, not a faked clock); the benchmark measures it, here it
// only has to happen within the bound.
import {assert, request} from '../lib/kit.mjs'
import {mutateLake, openStudio, queryLake, unexpectedStudioErrors, waitForSaved, waitUntil, watchSaving} from '../lib/studio-kit.mjs'

// A post no other Sanity-mode journey edits.
const SLUG = 'blackheads-vs-sebaceous-filaments'
const SCHEDULE_AHEAD_MS = 40_000
// The promise is "within 60 s of its time"; the poll allows for a slow shared machine on top.
const LIVE_BOUND_MS = 120_000
// The publish webhook reaches the site within seconds; the post must be off before its time.
const OFF_WITHIN_MS = 15_000

const SURFACES = ['page', 'blog', 'feed', 'sitemap']

/** "2026-12-13T09:00:40": the dialog's datetime-local value for an instant, in Singapore wall-clock time. */
function singaporeWallClock(date) {
  const value = new Date(date.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 19)
  // The browser drops ":00" seconds from a datetime-local value, so the input would not echo it.
  return value.endsWith(':00') ? value.slice(0, 16) : value
}

/** Where the post shows: its own page (with `mark` in it, when given), the journal, the feed and the sitemap. */
async function whereShown(baseUrl, href, mark) {
  const [page, blog, feed, sitemap] = await Promise.all([href, '/blog', '/feed.xml', '/sitemap.xml'].map((p) => request(baseUrl, p)))
  return {
    page: page.status === 200 && (!mark || page.body.includes(mark)),
    blog: blog.body.includes(`href="${href}"`),
    feed: feed.body.includes(href),
    sitemap: sitemap.body.includes(href),
    pageStatus: page.status,
  }
}

// Polled for minutes: a pooled connection the server closed while the test waited fails a round,
// which then counts as no answer and the next round asks again.
function poll(baseUrl, href, mark) {
  return whereShown(baseUrl, href, mark).catch((error) => {
    if (error?.cause?.code === 'UND_ERR_SOCKET') return undefined
    throw error
  })
}

const everywhere = (shown) => Boolean(shown) && SURFACES.every((s) => shown[s])
const nowhere = (shown) => shown?.pageStatus === 404 && SURFACES.every((s) => !shown[s])
// A word no other content has: the page that comes back is the scheduled version, not a cached copy.
const marker = () => `Schedmark${Array.from({length: 6}, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`

/**
 * Clicks an item of a Studio structure pane by the start of its name. With `pane` (its title), the
 * pane is expanded first when the document beside it has squeezed it to a strip.
 */
async function openPaneItem(page, name, {pane} = {}) {
  if (pane) {
    const strip = page.locator('[data-pane-index][data-pane-collapsed] [data-testid="pane-header"]').filter({hasText: pane})
    if ((await strip.count()) > 0) await strip.first().click()
  }
  await page.getByRole('link', {name: new RegExp(`^${name.replace(/[?.()]/g, '\\$&')}`)}).first().click({timeout: 30_000})
}

function note(text) {
  process.stdout.write(`      ${text}\n`)
}

export async function editorSchedulesAPostInTheStudioAndItGoesLiveByItself({baseUrl, lake, newDesktopPage, pageErrors}) {
  const original = await queryLake(lake, '*[_type == "post" && slug.current == $slug && !(_id in path("drafts.**"))][0]', {slug: SLUG})
  assert.ok(original, `the lake has no published post ${SLUG}`)
  assert.equal(await queryLake(lake, '*[_id == $id][0]._id', {id: `drafts.${original._id}`}), null, `${SLUG} has an open draft: Schedule would publish its changes too`)
  assert.ok(Date.parse(original.publishedAt) < Date.now(), `${SLUG} is not live to begin with (published ${original.publishedAt})`)
  const href = `/blog/${SLUG}`
  const mark = marker()
  const before = await whereShown(baseUrl, href)
  assert.ok(everywhere(before), `before scheduling, ${href} is not on every surface: ${JSON.stringify(before)}`)

  const page = await newDesktopPage({viewport: {width: 1280, height: 800}, mobile: false})
  page.setDefaultTimeout(30_000)
  await watchSaving(page.context())
  let failure
  try {
    // Through the structure, as an editor finds it: Posts > All posts > the post.
    await openStudio(page, {baseUrl, token: lake.token, path: '/studio/structure'})
    await openPaneItem(page, 'Posts')
    await openPaneItem(page, 'All posts')
    await openPaneItem(page, original.title)
    const title = page.locator('[data-testid="field-title"] input')
    await title.waitFor({timeout: 60_000})
    assert.equal(await title.inputValue(), original.title)
    await title.fill(`${original.title} ${mark}`)
    await waitUntil(async () => (await queryLake(lake, '*[_id == $id][0].title', {id: `drafts.${original._id}`}))?.includes(mark), {what: 'the new title to be saved as a draft'})
    await waitForSaved(page)

    await page.locator('[data-testid="pane-footer"] [data-testid="action-menu-button"]').click()
    await page.getByRole('menuitem', {name: /^Schedule$/}).click()
    // A confirm popover beside the menu, not a modal dialog.
    const input = page.getByLabel('Go live at (Singapore time)')
    await input.waitFor()
    const at = new Date(Math.ceil((Date.now() + SCHEDULE_AHEAD_MS) / 1000) * 1000)
    await input.fill(singaporeWallClock(at))
    await page.getByText(/^Goes live \d/).waitFor()
    const published = page.waitForResponse((r) => r.url().includes('/data/actions/') && (r.request().postData() ?? '').includes('sanity.action.document.publish'), {timeout: 30_000})
    published.catch(() => {})
    await page.getByRole('button', {name: 'Schedule', exact: true}).click()
    assert.equal((await published).status(), 200, 'the publish the Schedule action sends failed')
    const stored = await queryLake(lake, '*[_id == $id][0]{title, publishedAt, "draft": defined(*[_id == $draft][0])}', {id: original._id, draft: `drafts.${original._id}`})
    assert.equal(stored?.title, `${original.title} ${mark}`, 'the lake does not hold the new title after scheduling')
    assert.equal(Date.parse(stored?.publishedAt), at.getTime(), `the lake holds publishedAt ${stored?.publishedAt}, not the scheduled ${at.toISOString()}`)
    assert.equal(stored.draft, false, 'a draft is left after scheduling')

    // Off every surface, well before its time.
    let shown
    await waitUntil(async () => nowhere((shown = (await poll(baseUrl, href, mark)) ?? shown)), {timeoutMs: OFF_WITHIN_MS, intervalMs: 250, what: `${href} to leave every surface (last ${JSON.stringify(shown)})`})
    assert.ok(Date.now() < at.getTime(), `the post was taken off only after its scheduled time ${at.toISOString()}: the check proves nothing`)

    // The Studio lists it under Posts > Scheduled while it waits.
    await openPaneItem(page, 'Scheduled', {pane: 'Posts'})
    const listed = page.locator('[data-testid="document-list-pane"]').getByText(original.title)
    await listed.first().waitFor({timeout: Math.max(1000, at.getTime() - Date.now())})
    assert.ok(Date.now() < at.getTime(), 'the "Scheduled" list showed the post only after its time')

    // Then live by itself: never before its time, everywhere within the bound after it.
    let liveAt
    while (!liveAt) {
      shown = (await poll(baseUrl, href, mark)) ?? shown
      const now = Date.now()
      if (now < at.getTime() - 500) assert.ok(nowhere(shown), `on a surface ${at.getTime() - now} ms before its time: ${JSON.stringify(shown)}`)
      if (everywhere(shown)) liveAt = now
      else if (now - at.getTime() > LIVE_BOUND_MS) assert.fail(`not live everywhere ${LIVE_BOUND_MS / 1000} s after ${at.toISOString()}: ${JSON.stringify(shown)}`)
      else await new Promise((r) => setTimeout(r, 500))
    }
    note(`scheduled for ${at.toISOString()}; live on its page, /blog, the feed and the sitemap ${((liveAt - at.getTime()) / 1000).toFixed(1)} s after its time`)
    const errors = unexpectedStudioErrors(pageErrors(page))
    assert.deepEqual(errors, [], `errors in the Studio:\n${errors.join('\n')}`)
  } catch (error) {
    failure = error
  }
  // The post as it was (its own date, no draft), so that later journeys and runs see the snapshot.
  try {
    const {_rev, _updatedAt, ...doc} = original
    await mutateLake(lake, [{createOrReplace: doc}, {delete: {id: `drafts.${original._id}`}}])
    await waitUntil(async () => (await queryLake(lake, '*[_id == $id][0].publishedAt', {id: original._id})) === original.publishedAt, {what: `${SLUG} to be restored in the lake`})
    await waitUntil(async () => everywhere(await poll(baseUrl, href)) && !(await request(baseUrl, href)).body.includes(mark), {
      timeoutMs: OFF_WITHIN_MS,
      intervalMs: 250,
      what: `${href} to be live again under its own title after the restore`,
    })
  } catch (error) {
    failure ??= error
  }
  if (failure) throw failure
}

// The Studio's first load, the schedule ahead and the wait for the timer together exceed the
// runner's default per test.
editorSchedulesAPostInTheStudioAndItGoesLiveByItself.timeoutMs = 300_000

// A patient reading on a phone: home -> pore guide -> table of contents -> treatment details ->
// treatment page; the blog index, its pages and categories; 404s for unknown URLs.
import {assert, isInViewport, open, poreGuide, publicPages, readSnapshot, request} from '../lib/kit.mjs'

async function readGuideFromHome({baseUrl, snapshotDir, newMobilePage, pageErrors}, javaScriptEnabled) {
  const snap = readSnapshot(snapshotDir)
  const guide = poreGuide(snap)
  const slug = snap.slug(guide)
  const page = await newMobilePage({javaScriptEnabled})
  await open(page, baseUrl, '/', {feature: 'the home page'})

  // The guide is linked from the home page (featured); a patient taps it.
  const link = page.locator(`main a[href="/blog/${slug}"]`).first()
  assert.ok(await link.count(), `the home page has no link to /blog/${slug}`)
  await link.click()
  await page.waitForURL(`**/blog/${slug}`)
  assert.equal((await page.getByRole('heading', {level: 1}).innerText()).trim(), guide.title.trim(), 'the article h1 is the post title')

  // Table of contents: links to in-page anchors, possibly inside a collapsed <details>.
  const toc = page.locator('nav').filter({has: page.locator('a[href^="#"]:not([href="#main"]):not([href="#content"])')}).first()
  assert.ok(await toc.count(), 'the article has no table of contents (a nav of #anchor links)')
  const summary = toc.locator('xpath=ancestor-or-self::details[not(@open)]/summary').first()
  if (await summary.count()) await summary.click()
  const entries = toc.locator('a[href^="#"]')
  const count = await entries.count()
  assert.ok(count >= 3, `the table of contents has ${count} entries`)
  const entry = entries.nth(Math.min(2, count - 1))
  const href = await entry.getAttribute('href')
  const label = (await entry.innerText()).trim()
  await entry.click()
  await page.waitForFunction((h) => location.hash === h, href)
  const target = page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`)
  assert.equal(await target.count(), 1, `TOC entry "${label}" points at ${href}, which is not exactly one element`)
  const tag = await target.evaluate((el) => (/^H[23]$/.test(el.tagName) ? el.tagName : el.querySelector('h2,h3')?.tagName ?? el.closest('h2,h3')?.tagName ?? el.tagName))
  assert.match(tag, /^H[23]$/, `${href} is a ${tag}, not an h2/h3`)
  assert.match((await target.innerText()).trim(), new RegExp(label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').slice(0, 30), 'i'), 'TOC label matches its heading')
  await page.waitForTimeout(javaScriptEnabled ? 600 : 100) // smooth scrolling, if any
  assert.ok(await isInViewport(target), `after the jump, heading ${href} is not in the viewport`)
  // Nothing sticky sits on top of the heading we jumped to.
  const covered = await target.evaluate((el) => {
    const r = el.getBoundingClientRect()
    const hit = document.elementFromPoint(Math.min(r.left + 8, innerWidth - 1), r.top + Math.min(r.height / 2, 10))
    return hit && !el.contains(hit) && !hit.contains(el) ? hit.outerHTML.slice(0, 120) : null
  })
  assert.equal(covered, null, `the heading is covered by ${covered}`)

  // "Treatment details" -> the first related treatment.
  const details = page.getByRole('heading', {name: /treatment details/i})
  assert.ok(await details.count(), 'the guide has no "Treatment details" section')
  const treatmentLink = details.first().locator('xpath=following::a[starts-with(@href, "/treatments/")][1]')
  const treatmentHref = await treatmentLink.getAttribute('href')
  const treatmentSlug = treatmentHref.split('/').pop()
  const treatmentDoc = snap.byType('treatment').find((t) => snap.slug(t) === treatmentSlug)
  assert.ok(treatmentDoc, `"Treatment details" links ${treatmentHref}, which is not a published treatment`)
  await treatmentLink.click()
  await page.waitForURL(`**${treatmentHref}`)
  assert.equal((await page.getByRole('heading', {level: 1}).innerText()).trim(), treatmentDoc.name.trim(), 'treatment page h1')

  // The site header has its own (general) booking link; the treatment's own is in the content.
  const book = page.locator('#main').getByRole('link', {name: /book a consultation/i}).first()
  assert.ok(await book.count(), 'the treatment page has no "Book a consultation" link in its content')
  const bookUrl = new URL(await book.getAttribute('href'), 'http://site.test')
  assert.equal(bookUrl.pathname, '/book')
  assert.equal(bookUrl.searchParams.get('treatment'), treatmentSlug, '"Book a consultation" carries the treatment')
  assert.equal(bookUrl.searchParams.get('from'), treatmentHref, '"Book a consultation" carries the page it is on')
  if (javaScriptEnabled) assert.deepEqual(pageErrors(page), [], `errors in the page:\n${pageErrors(page).join('\n')}`)
}

export const poreGuideFromHomeWithJavaScript = (ctx) => readGuideFromHome(ctx, true)
export const poreGuideFromHomeWithoutJavaScript = (ctx) => readGuideFromHome(ctx, false)

export async function articleShowsBylineReviewerAndDates({baseUrl, snapshotDir, newMobilePage}) {
  const snap = readSnapshot(snapshotDir)
  const guide = poreGuide(snap)
  const page = await newMobilePage({javaScriptEnabled: false})
  await open(page, baseUrl, `/blog/${snap.slug(guide)}`, {feature: 'the article page'})
  const author = snap.byId.get(guide.author?._ref)
  const reviewer = snap.byId.get(guide.medicalReviewer?._ref)
  assert.ok(author, 'the guide has an author in the snapshot')
  assert.ok(await page.locator(`main a[href="/people/${snap.slug(author)}"]`).count(), `the byline does not link /people/${snap.slug(author)}`)
  if (reviewer) {
    const text = await page.locator('main').innerText()
    assert.match(text, /medically reviewed by/i, 'no "Medically reviewed by" line')
    assert.ok(await page.locator(`main a[href="/people/${snap.slug(reviewer)}"]`).count(), `the reviewer is not linked to /people/${snap.slug(reviewer)}`)
  }
  const times = await page.locator('main time[datetime]').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')))
  assert.ok(times.length >= 1, 'no <time datetime> on the article')
  assert.match(await page.locator('main').innerText(), /\d+\s*min(ute)?s? read/i, 'no reading time')
}

function postLinks(page, snap) {
  const slugs = new Set(snap.byType('post').map((p) => snap.slug(p)))
  return page.locator('main a[href^="/blog/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href'))).then((hrefs) => [...new Set(hrefs.map((h) => h.replace(/^\/blog\//, '').replace(/[?#].*$/, '')).filter((s) => slugs.has(s)))])
}

function livePosts(snap) {
  const now = Date.now()
  return snap.byType('post').filter((p) => snap.slug(p) && (!p.publishedAt || Date.parse(p.publishedAt) <= now))
}

export async function blogIndexPaginatesThroughEveryPost({baseUrl, snapshotDir, newMobilePage}) {
  const snap = readSnapshot(snapshotDir)
  const all = livePosts(snap).map((p) => snap.slug(p))
  const page = await newMobilePage({javaScriptEnabled: false})
  await open(page, baseUrl, '/blog', {feature: 'the blog index'})
  const seen = []
  const pages = []
  for (let i = 0; i < 20; i++) {
    const listed = await postLinks(page, snap)
    assert.ok(listed.length > 0, `${page.url()} lists no posts`)
    for (const s of listed) assert.ok(!seen.includes(s), `${s} appears on two pages of the index`)
    seen.push(...listed)
    pages.push(new URL(page.url()).pathname + new URL(page.url()).search)
    const next = page.locator('a[rel="next"], nav a:text-matches("^\\\\s*(next|older)", "i")').first()
    if (!(await next.count())) break
    await next.click()
    await page.waitForLoadState('load')
  }
  assert.deepEqual([...seen].sort(), [...all].sort(), `the index pages (${pages.join(', ')}) do not list exactly the published posts`)
  if (pages.length < 2) {
    throw new Error(`pagination is not exercised: all ${all.length} posts fit on one page of /blog. Add posts to the snapshot or lower the page size so the journey proves it.`)
  }
  // Past the last page: 404, not an empty 200.
  const last = pages.at(-1)
  const beyond = last.replace(/(\d+)(?!.*\d)/, (n) => String(Number(n) + 1))
  if (beyond !== last) assert.equal((await request(baseUrl, beyond)).status, 404, `${beyond} (past the last page) should answer 404`)
}

export async function blogIndexFiltersByCategory({baseUrl, snapshotDir, newMobilePage}) {
  const snap = readSnapshot(snapshotDir)
  const page = await newMobilePage()
  await open(page, baseUrl, '/blog', {feature: 'the blog index'})
  const catLinks = await page.locator('a[href^="/blog/category/"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')))])
  assert.ok(catLinks.length > 0, '/blog offers no category filter links')
  const href = catLinks[0]
  const catSlug = href.split('/').pop()
  const category = snap.byType('category').find((c) => snap.slug(c) === catSlug)
  assert.ok(category, `${href} is not a category in the snapshot`)
  await page.locator(`a[href="${href}"]`).first().click()
  await page.waitForURL(`**${href}`)
  assert.match(await page.getByRole('heading', {level: 1}).innerText(), new RegExp(category.title, 'i'), 'the category page names its category')
  const expected = livePosts(snap).filter((p) => (p.categories ?? []).some((r) => r._ref === category._id)).map((p) => snap.slug(p))
  const listed = await postLinks(page, snap)
  assert.ok(listed.length > 0, `${href} lists no posts`)
  for (const s of listed) assert.ok(expected.includes(s), `${href} lists ${s}, which is not in that category`)
  const paginated = (await page.locator('a[rel="next"]').count()) > 0
  if (!paginated) assert.equal(listed.length, expected.length, `${href} lists ${listed.length} of the ${expected.length} posts in the category`)
}

export async function everyPageTypeRendersSnapshotContent({baseUrl, snapshotDir, newMobilePage}) {
  const snap = readSnapshot(snapshotDir)
  const page = await newMobilePage({javaScriptEnabled: false})
  const problems = []
  for (const target of publicPages(snapshotDir)) {
    try {
      await open(page, baseUrl, target.path, {feature: target.feature})
      const h1 = page.getByRole('heading', {level: 1})
      assert.equal(await h1.count(), 1, `${target.path} has ${await h1.count()} h1 elements`)
      const mains = await page.locator('main').count()
      assert.equal(mains, 1, `${target.path} has ${mains} <main> elements (nested layouts each adding one?)`)
      const dupes = await page.evaluate(() => {
        const seen = new Map()
        for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1)
        return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `#${id} x${n}`)
      })
      assert.deepEqual(dupes, [], `${target.path} repeats element ids: ${dupes.join(', ')}`)
      const levels = await page.locator('main').evaluate((m) => [...m.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h.tagName[1])))
      levels.forEach((l, i) => i > 0 && l > levels[i - 1] + 1 && problems.push(`${target.label}: heading level skips from h${levels[i - 1]} to h${l}`))
      const skip = page.locator('a[href^="#"]').first()
      assert.ok(await skip.count(), `${target.path} has no skip link`)
    } catch (e) {
      problems.push(`${target.label}: ${e.message}`)
    }
  }
  const person = snap.byType('person')[0]
  await open(page, baseUrl, `/people/${snap.slug(person)}`, {feature: 'people pages'}).catch(() => {})
  if (page.url().includes('/people/')) {
    const h1 = (await page.getByRole('heading', {level: 1}).innerText().catch(() => '')).trim()
    if (!h1.includes(person.name)) problems.push(`/people/${snap.slug(person)} h1 is "${h1}", expected ${person.name}`)
  }
  assert.deepEqual(problems, [], problems.join('\n'))
}

export async function unknownUrlsShowTheNotFoundPageWith404({baseUrl, newMobilePage}) {
  const urls = ['/no-such-page-e2e', '/blog/no-such-post-e2e', '/blog/category/no-such-category-e2e', '/treatments/no-such-treatment-e2e', '/people/no-such-person-e2e']
  const page = await newMobilePage()
  for (const url of urls) {
    const res = await page.goto(new URL(url, baseUrl).href)
    assert.equal(res.status(), 404, `${url} answered ${res.status()}`)
    const h1 = await page.getByRole('heading', {level: 1}).innerText()
    assert.ok(h1.trim().length > 0, `${url}: the 404 page has no h1`)
    assert.ok(await page.locator('a[href="/"]').count(), `${url}: the 404 page has no link home`)
    const text = await page.locator('body').innerText()
    assert.doesNotMatch(text, /at \w+ \(|Error:|node_modules/, `${url}: the 404 page shows a stack trace`)
    const robots = await page.locator('meta[name="robots"]').getAttribute('content').catch(() => null)
    assert.match(robots ?? 'noindex', /noindex/, `${url}: a 404 page should not be indexed`)
  }
}

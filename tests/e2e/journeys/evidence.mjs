// Evidence a reader can check: the pore guide and a treatment show a numbered, linked Sources list,
// citation marks that jump to their entry, when the page is next due for medical review, and a
// byline link to the editorial policy page. axe runs on each page.
import {assert, expectNoAxeViolations, isInViewport, open, poreGuide, readSnapshot} from '../lib/kit.mjs'

const expectedHref = (source) =>
  source.doi ? `https://doi.org/${source.doi}` : source.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/` : source.url

async function checkSources(page, doc, label) {
  const references = doc.references ?? []
  assert.ok(references.length > 0, `${label} cites no sources in the snapshot`)
  const section = page.getByRole('region', {name: 'Sources'})
  assert.equal(await section.count(), 1, `${label} has no section labelled "Sources"`)
  const items = section.locator('ol > li')
  assert.equal(await items.count(), references.length, `${label}: the Sources list has ${await items.count()} entries, the document ${references.length}`)
  for (const [index, source] of references.entries()) {
    const item = items.nth(index)
    assert.equal(await item.getAttribute('id'), `source-${index + 1}`, `${label}: entry ${index + 1} has no source-${index + 1} anchor`)
    const link = item.getByRole('link', {name: source.title})
    assert.equal(await link.getAttribute('href'), expectedHref(source), `${label}: "${source.title}" links the wrong place`)
    const text = await item.innerText()
    assert.ok(text.includes(source.publisher) && text.includes(String(source.year)), `${label}: entry ${index + 1} lacks its publisher or year: ${text}`)
  }
}

async function checkCitationJump(page, doc, label, javaScriptEnabled) {
  const cited = page.locator('main sup a[href^="#source-"]')
  assert.ok((await cited.count()) > 0, `${label} has no citation marks`)
  const mark = cited.first()
  const href = await mark.getAttribute('href')
  const number = Number(href.replace('#source-', ''))
  assert.equal((await mark.innerText()).trim(), `[${number}]`, `${label}: the mark does not show its number`)
  assert.ok(await page.getByRole('link', {name: `Source ${number}`}).count(), `${label}: no link named "Source ${number}"`)
  assert.ok(number >= 1 && number <= doc.references.length, `${label}: mark ${href} numbers no listed source`)
  await mark.click()
  await page.waitForFunction((h) => location.hash === h, href)
  await page.waitForTimeout(javaScriptEnabled ? 600 : 100)
  assert.ok(await isInViewport(page.locator(href)), `${label}: after the jump, ${href} is not in view`)
}

function expectedReviewLine(lastReviewedAt, months, now = new Date()) {
  const [y, m, d] = lastReviewedAt.slice(0, 10).split('-').map(Number)
  const target = new Date(Date.UTC(y, m - 1 + months, 1))
  target.setUTCDate(Math.min(d, new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()))
  const due = target.toISOString().slice(0, 10)
  const today = new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10)
  if (due < today) return /this page is being medically reviewed/i
  const shown = new Intl.DateTimeFormat('en-SG', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Singapore'}).format(new Date(`${due}T00:00:00+08:00`))
  return new RegExp(`Next review due ${shown}`)
}

export async function poreGuideSourcesCitationsAndNextReview({baseUrl, snapshotDir, newMobilePage}) {
  const snap = readSnapshot(snapshotDir)
  const guide = poreGuide(snap)
  const settings = snap.byType('clinicSettings')[0]
  for (const javaScriptEnabled of [true, false]) {
    const page = await newMobilePage({javaScriptEnabled})
    await open(page, baseUrl, `/blog/${snap.slug(guide)}`, {feature: 'the article page'})
    await checkSources(page, guide, 'the pore guide')
    assert.match(await page.locator('main header').innerText(), expectedReviewLine(guide.lastReviewedAt, settings.reviewIntervalMonths ?? 12), 'the byline has no next-review line')
    await checkCitationJump(page, guide, 'the pore guide', javaScriptEnabled)
    if (javaScriptEnabled) await expectNoAxeViolations(page, 'pore guide with sources')
  }
  const dark = await newMobilePage({colorScheme: 'dark'})
  await open(dark, baseUrl, `/blog/${snap.slug(guide)}#sources`, {feature: 'the article page'})
  await expectNoAxeViolations(dark, 'pore guide with sources (dark)')
}

export async function everyTreatmentShowsSourcesAndNextReview({baseUrl, snapshotDir, newMobilePage}) {
  const snap = readSnapshot(snapshotDir)
  const settings = snap.byType('clinicSettings')[0]
  const treatments = snap.byType('treatment')
  assert.ok(treatments.length > 0, 'the snapshot has no treatments')
  for (const [index, treatment] of treatments.entries()) {
    const page = await newMobilePage()
    await open(page, baseUrl, `/treatments/${snap.slug(treatment)}`, {feature: 'the treatment page'})
    await checkSources(page, treatment, treatment.name)
    assert.match(await page.locator('main header').innerText(), expectedReviewLine(treatment.lastReviewedAt, settings.reviewIntervalMonths ?? 12), `${treatment.name} has no next-review line`)
    if (index === 0) {
      await checkCitationJump(page, treatment, treatment.name, true)
      await expectNoAxeViolations(page, `${treatment.name} with sources`)
    }
    await page.close()
  }
}

export async function overduePageSaysItIsBeingReviewed({baseUrl, snapshotDir, newMobilePage}) {
  const snap = readSnapshot(snapshotDir)
  const settings = snap.byType('clinicSettings')[0]
  const months = settings.reviewIntervalMonths ?? 12
  const overdue = snap.byType('post').find((p) => expectedReviewLine(p.lastReviewedAt, months).source.includes('being medically reviewed'))
  assert.ok(overdue, 'the snapshot has no post past its review date (the sunscreen post was reviewed in September 2025)')
  const page = await newMobilePage({javaScriptEnabled: false})
  await open(page, baseUrl, `/blog/${snap.slug(overdue)}`, {feature: 'the article page'})
  const header = await page.locator('main header').innerText()
  assert.match(header, /this page is being medically reviewed/i)
  assert.doesNotMatch(header, /next review due/i)
}

export async function bylineLinksTheEditorialPolicy({baseUrl, snapshotDir, newMobilePage}) {
  const snap = readSnapshot(snapshotDir)
  const guide = poreGuide(snap)
  const policy = snap.byId.get(snap.byType('clinicSettings')[0].editorialPolicy?._ref)
  assert.ok(policy, 'Clinic settings name no editorial policy page')
  const page = await newMobilePage()
  await open(page, baseUrl, `/blog/${snap.slug(guide)}`, {feature: 'the article page'})
  const link = page.locator('main header').getByRole('link', {name: policy.title})
  assert.equal(await link.count(), 1, 'the byline has no link to the editorial policy')
  await link.click()
  await page.waitForURL(`**/about/${snap.slug(policy)}`)
  assert.equal((await page.getByRole('heading', {level: 1}).innerText()).trim(), policy.title)
  const text = await page.locator('main').innerText()
  assert.match(text, /how to report an error/i)
  assert.match(text, /Last updated/)
  await expectNoAxeViolations(page, 'editorial policy')
  const dark = await newMobilePage({colorScheme: 'dark'})
  await open(dark, baseUrl, `/about/${snap.slug(policy)}`, {feature: 'the editorial policy page'})
  await expectNoAxeViolations(dark, 'editorial policy (dark)')

  // Linked from the treatment pages' review line too, and listed in the sitemap.
  const treatment = snap.byType('treatment')[0]
  const treatmentPage = await newMobilePage({javaScriptEnabled: false})
  await open(treatmentPage, baseUrl, `/treatments/${snap.slug(treatment)}`, {feature: 'the treatment page'})
  assert.equal(await treatmentPage.locator(`main header a[href="/about/${snap.slug(policy)}"]`).count(), 1, 'the treatment page does not link the editorial policy')
  const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text()
  assert.match(sitemap, new RegExp(`/about/${snap.slug(policy)}</loc>`), 'the sitemap does not list the editorial policy')
}

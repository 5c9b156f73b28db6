// Every document type an editor creates can be written from an empty form in the real Studio and
// published by filling only what the form requires: nothing optional (no social image, no
// price, no photo, no summary, no note) may hold Publish back: post, treatment, person, category,
// standing page (/about/<address>) and redirect. Clinic settings, a singleton, is edited and published.
import path from 'node:path'
import {assert} from '../lib/kit.mjs'
import {
  createDocument,
  deleteFromLake,
  expectNoCrashScreen,
  expectSavesResolve,
  field,
  fillDate,
  fillNewPost,
  fillText,
  generateSlug,
  openStudio,
  pickReference,
  publish,
  queryLake,
  typeIntoRichText,
  unexpectedStudioErrors,
  waitUntil,
  watchSaving,
  writeTestPng,
} from '../lib/studio-kit.mjs'

const DESKTOP = {viewport: {width: 1280, height: 800}, mobile: false}

async function editorPage({newDesktopPage}) {
  const page = await newDesktopPage(DESKTOP)
  page.setDefaultTimeout(30_000)
  await watchSaving(page.context())
  return page
}

async function publishedInLake(lake, id) {
  return waitUntil(async () => (await queryLake(lake, '*[_id == $id][0]', {id}))?._id && queryLake(lake, '*[_id == $id][0]', {id}), {timeoutMs: 10_000, what: `${id} to be published in the lake`})
}

async function finish(page, ctx, id) {
  await publish(page)
  await expectSavesResolve(page)
  const doc = await publishedInLake(ctx.lake, id)
  const draft = await queryLake(ctx.lake, '*[_id == $id][0]._id', {id: `drafts.${id}`})
  assert.equal(draft, null, `the draft of ${id} is still in the lake after Publish`)
  await expectNoCrashScreen(page)
  const errors = unexpectedStudioErrors(ctx.pageErrors(page))
  assert.deepEqual(errors, [], `errors in the Studio:\n${errors.join('\n')}`)
  return doc
}

export async function aNewPostFromAnEmptyFormPublishesWithOnlyTheRequiredFields(ctx) {
  const page = await editorPage(ctx)
  const id = await createDocument(page, {baseUrl: ctx.baseUrl, token: ctx.lake.token, type: 'post', firstField: 'title'})
  const title = 'How to layer sunscreen under make-up'
  await fillNewPost(page, {
    title,
    excerpt: 'Which goes on first, how much to use and how long to wait before make-up.',
    coverFile: await writeTestPng(path.join(ctx.artifactsDir, 'new-post-cover.png'), {seed: 60}),
    alt: 'A bottle of sunscreen beside a make-up sponge',
    body: 'Put sunscreen on after moisturiser and before make-up. Use about a quarter teaspoon for the face.',
    category: 'Sun protection',
    author: 'Alex',
    reviewer: 'Lim',
  })
  const doc = await finish(page, ctx, id)
  assert.equal(doc.title, title)
  assert.equal(doc.slug?.current, 'how-to-layer-sunscreen-under-make-up')
  assert.ok(doc.coverImage?.asset?._ref?.startsWith('image-'), 'the cover image has no uploaded asset')
  assert.equal(doc.seo?.image?.asset, undefined, 'an empty social image must stay empty')
}

export async function aNewTreatmentFromAnEmptyFormPublishesWithOnlyTheRequiredFields(ctx) {
  const page = await editorPage(ctx)
  const id = await createDocument(page, {baseUrl: ctx.baseUrl, token: ctx.lake.token, type: 'treatment', firstField: 'name'})
  await fillText(page, 'name', 'Salicylic acid peel')
  await generateSlug(page)
  await fillText(page, 'summary', 'A light chemical peel that loosens dead skin cells inside pores.')
  await fillText(page, 'howPerformed', 'The skin is cleansed, the peel is brushed on for a few minutes, then neutralised and rinsed off.')
  await fillText(page, 'whoItSuits', 'Oily skin with blackheads. Not for people allergic to aspirin or who are pregnant.')
  await fillText(page, 'preparation', 'Stop retinoid creams three days before the session.')
  await fillText(page, 'downtime', '1 to 3 days of mild flaking')
  await field(page, 'risks').getByRole('button', {name: /add item/i}).first().click()
  const risk = field(page, 'risks').locator('input').last()
  await risk.fill('Redness for a few hours')
  await fillText(page, 'sessions', '3 to 6 sessions, about 4 weeks apart')
  await fillText(page, 'aftercare', 'Use a gentle cleanser and sunscreen every day for a week.')
  await field(page, 'procedureType').locator('select').selectOption({label: 'Non-invasive (on the skin surface)'})
  await pickReference(page, 'reviewer', 'Tan')
  await fillDate(page, 'lastReviewedAt', '2026-11-30')
  const doc = await finish(page, ctx, id)
  assert.equal(doc.name, 'Salicylic acid peel')
  assert.deepEqual(doc.risks, ['Redness for a few hours'])
}

export async function aNewPersonFromAnEmptyFormPublishesWithOnlyTheRequiredFields(ctx) {
  const page = await editorPage(ctx)
  const id = await createDocument(page, {baseUrl: ctx.baseUrl, token: ctx.lake.token, type: 'person', firstField: 'name'})
  await fillText(page, 'name', 'Siti Rahman')
  await generateSlug(page)
  await fillText(page, 'role', 'Patient education writer')
  const doc = await finish(page, ctx, id)
  assert.equal(doc.name, 'Siti Rahman')
  assert.equal(doc.slug?.current, 'siti-rahman')
}

export async function aNewCategoryFromAnEmptyFormPublishesWithOnlyTheRequiredFields(ctx) {
  const page = await editorPage(ctx)
  const id = await createDocument(page, {baseUrl: ctx.baseUrl, token: ctx.lake.token, type: 'category', firstField: 'title'})
  await fillText(page, 'title', 'Hair removal')
  await generateSlug(page)
  const doc = await finish(page, ctx, id)
  assert.equal(doc.title, 'Hair removal')
  assert.equal(doc.slug?.current, 'hair-removal')
}

export async function aNewStandingPageFromAnEmptyFormPublishesWithOnlyTheRequiredFields(ctx) {
  const page = await editorPage(ctx)
  const id = await createDocument(page, {baseUrl: ctx.baseUrl, token: ctx.lake.token, type: 'page', firstField: 'title'})
  const title = 'How we choose the studies we cite'
  await fillText(page, 'title', title)
  await generateSlug(page)
  await typeIntoRichText(page, 'body', 'We cite reviews and trials published in journals that check their studies before they print them.')
  await fillDate(page, 'lastUpdatedAt', '2026-12-01')
  const doc = await finish(page, ctx, id)
  assert.equal(doc.title, title)
  assert.equal(doc.slug?.current, 'how-we-choose-the-studies-we-cite')
  assert.equal(doc.lastUpdatedAt, '2026-12-01')
  // Published pages live at /about/<address>: the lake's webhook reaches the site, which serves it.
  await waitUntil(async () => (await fetch(new URL(`/about/${doc.slug.current}`, ctx.baseUrl), {redirect: 'manual'})).status === 200, {
    timeoutMs: 15_000,
    what: `/about/${doc.slug.current} to answer 200`,
  })
}

export async function aNewRedirectFromAnEmptyFormPublishesWithOnlyTheRequiredFields(ctx) {
  const page = await editorPage(ctx)
  const id = await createDocument(page, {baseUrl: ctx.baseUrl, token: ctx.lake.token, type: 'redirect', firstField: 'from'})
  const from = '/2019/05/how-to-shrink-pores'
  await fillText(page, 'from', from)
  await fillText(page, 'to', '/blog')
  try {
    const doc = await finish(page, ctx, id)
    assert.equal(doc.from, from)
    assert.equal(doc.to, '/blog')
    // "Permanent" starts on: an editor who leaves it alone gets a 308.
    assert.equal(doc.permanent, true)
  } finally {
    // Later journeys (studio-redirects) expect the lake to hold only the redirects they make.
    await deleteFromLake(ctx.lake, [id, `drafts.${id}`])
  }
}

export async function clinicSettingsCanBeEditedAndPublished(ctx) {
  const page = await editorPage(ctx)
  await openStudio(page, {baseUrl: ctx.baseUrl, token: ctx.lake.token, path: '/studio/structure/clinicSettings'})
  await field(page, 'clinicName').waitFor({timeout: 60_000})
  const whatsapp = '+65 8123 4567'
  await fillText(page, 'whatsapp', whatsapp)
  const doc = await finish(page, ctx, 'clinicSettings')
  assert.equal(doc.whatsapp, whatsapp)
}

// Each test loads the whole Studio in a fresh browser context; on a shared, busy CI machine the
// longer forms (the post's upload, rich text and references; the treatment's many fields) took
// longer than the runner's default per test.
for (const test of [
  aNewPostFromAnEmptyFormPublishesWithOnlyTheRequiredFields,
  aNewTreatmentFromAnEmptyFormPublishesWithOnlyTheRequiredFields,
  aNewPersonFromAnEmptyFormPublishesWithOnlyTheRequiredFields,
  aNewCategoryFromAnEmptyFormPublishesWithOnlyTheRequiredFields,
  aNewStandingPageFromAnEmptyFormPublishesWithOnlyTheRequiredFields,
  aNewRedirectFromAnEmptyFormPublishesWithOnlyTheRequiredFields,
  clinicSettingsCanBeEditedAndPublished,
])
  test.timeoutMs = 180_000

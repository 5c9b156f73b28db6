// Draft preview in Sanity mode: an edit made in the Studio (saved as a draft, not published) shows
// in the Presentation tool, which enables draft mode through /api/draft-mode/enable with a secret
// it stores in the dataset, and never on the public page.
import {assert, readSnapshot, request} from '../lib/kit.mjs'
import {openDocumentInStudio, unexpectedStudioErrors, waitUntil} from '../lib/studio-kit.mjs'

const SLUG = 'what-to-expect-from-a-chemical-peel'

export async function draftEditShowsInPresentationAndNeverOnThePublicPage({baseUrl, snapshotDir, lake, newDesktopPage, pageErrors}) {
  const snap = readSnapshot(snapshotDir)
  const post = snap.byType('post').find((p) => snap.slug(p) === SLUG)
  assert.ok(post, `the snapshot has no published post ${SLUG}`)
  const mark = `Preview${Math.random().toString(36).slice(2, 8)}`
  const draftTitle = `${post.title} ${mark}`

  const page = await newDesktopPage()
  const {title, status} = await openDocumentInStudio(page, {baseUrl, token: lake.token, id: post._id, type: 'post'})
  await title.fill(draftTitle)
  await waitUntil(async () => /saved/i.test(await status.innerText().catch(() => '')) && (await title.inputValue()) === draftTitle, {what: 'the draft to be saved'})

  // Presentation: the site in an iframe, in draft mode.
  await page.goto(`${baseUrl}/studio/presentation?preview=${encodeURIComponent(`/blog/${SLUG}`)}`)
  const frame = page.frameLocator('iframe').first()
  await frame.getByRole('heading', {level: 1, name: draftTitle}).waitFor({timeout: 45_000})
  assert.ok(await frame.locator('[data-preview-bar]').count(), 'the previewed page shows no preview bar')

  // A reader without the draft-mode cookie gets the published title, also after a fresh render.
  const pub = await request(baseUrl, `/blog/${SLUG}`)
  assert.equal(pub.status, 200)
  assert.ok(!pub.body.includes(mark), 'the public page shows the draft title')
  assert.ok(pub.body.includes(post.title), 'the public page lost the published title')
  for (const p of ['/', '/feed.xml', '/blog']) assert.ok(!(await request(baseUrl, p)).body.includes(mark), `${p} shows the draft title`)
  const errors = unexpectedStudioErrors(pageErrors(page))
  assert.deepEqual(errors, [], `errors in the Studio:\n${errors.join('\n')}`)
}

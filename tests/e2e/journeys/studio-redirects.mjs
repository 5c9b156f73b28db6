// Sanity mode: an editor changes a category's address in the real Studio and publishes; the lake's
// signed webhook reaches the site, which writes the redirect into the lake with its own token, and
// the old address answers 308 to the new one. Renamed back, the old address is the page again.
import {assert, readSnapshot, request} from '../lib/kit.mjs'
import {field, openDocumentInStudio, publish, queryLake, waitUntil} from '../lib/studio-kit.mjs'

const LIVE_WITHIN_MS = 15_000

// Next 16.4 repeats the Location header (same value) on the render that first produces a redirect.
const locationsOf = (res, baseUrl) => [...new Set((res.headers.get('location') ?? '').split(', ').map((l) => new URL(l, baseUrl).pathname))]

async function untilAnswer(baseUrl, pathname, accept, what) {
  let last
  await waitUntil(
    async () => {
      last = await request(baseUrl, pathname)
      return accept(last)
    },
    {timeoutMs: LIVE_WITHIN_MS, intervalMs: 100, what: `${what} (last answer ${last?.status} ${last?.headers.get('location') ?? ''})`},
  )
  return last
}

export async function editorRenamesACategoryInTheStudioAndTheOldAddressAnswers308({baseUrl, snapshotDir, lake, newDesktopPage}) {
  const snap = readSnapshot(snapshotDir)
  const category = snap.byType('category').find((c) => snap.slug(c))
  assert.ok(category, 'the snapshot has a category')
  const slug = snap.slug(category)
  const renamed = `${slug}-renamed`
  const oldPath = `/blog/category/${slug}`
  const newPath = `/blog/category/${renamed}`
  assert.equal((await request(baseUrl, oldPath)).status, 200, `GET ${oldPath} before the rename`)

  const page = await newDesktopPage()
  await openDocumentInStudio(page, {baseUrl, token: lake.token, id: category._id, type: 'category'})
  const slugInput = field(page, 'slug').locator('input').first()
  await slugInput.fill(renamed)
  await publish(page)
  const moved = await untilAnswer(baseUrl, oldPath, (r) => r.status === 308, `GET ${oldPath} to answer 308`)
  assert.deepEqual(locationsOf(moved, baseUrl), [newPath])
  assert.equal((await request(baseUrl, newPath)).status, 200, `GET ${newPath} after the rename`)
  const stored = await queryLake(lake, '*[_type == "redirect"]{from, to, permanent}', {}, 'published')
  assert.deepEqual(stored, [{from: oldPath, to: newPath, permanent: true}], 'the lake holds the redirect document')

  // Renamed back: no loop, the page is at its old address again and the interim one points to it.
  await slugInput.fill(slug)
  await publish(page)
  await untilAnswer(baseUrl, oldPath, (r) => r.status === 200, `GET ${oldPath} to answer 200 again`)
  const back = await untilAnswer(baseUrl, newPath, (r) => r.status === 308, `GET ${newPath} to answer 308`)
  assert.deepEqual(locationsOf(back, baseUrl), [oldPath])
}

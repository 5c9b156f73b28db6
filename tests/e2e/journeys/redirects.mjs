// Addresses that never break, against the production build in snapshot mode: a post renamed with
// `npm run content:publish` answers 308 from its old address (the webhook wrote the redirect into
// the snapshot), and a redirect an editor made for an old WordPress address sends readers on.
import {execFile} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {promisify} from 'node:util'
import {sendWebhook, webhookBody, writeAtomically} from '../../../scripts/lib/snapshot-publish.mjs'
import {ROOT} from '../lib/app-server.mjs'
import {assert, expectNoAxeViolations, open, poreGuide, readSnapshot, request} from '../lib/kit.mjs'

/**
 * `npm run content:publish` as an editor runs it, against the journey's server and snapshot copy.
 * Asynchronous on purpose: a blocked event loop cannot see the server close an idle keep-alive
 * socket, and the next request would go out on the dead one.
 */
async function contentPublish({baseUrl, snapshotDir, env}, args) {
  const script = [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/content-publish.ts', ...args, '--url', baseUrl, '--dir', snapshotDir]
  try {
    const {stdout} = await promisify(execFile)(process.execPath, script, {cwd: ROOT, env: {...process.env, SANITY_REVALIDATE_SECRET: env.SANITY_REVALIDATE_SECRET}, timeout: 60_000})
    return stdout
  } catch (e) {
    throw new Error(`content:publish ${args.join(' ')} failed:\n${e.stdout ?? ''}${e.stderr ?? e.message}`)
  }
}

async function expectRedirect(baseUrl, from, to, status = 308) {
  const res = await request(baseUrl, from).catch((e) => {
    throw new Error(`GET ${from}: ${e.message} (${e.cause?.code ?? ''} ${e.cause?.message ?? ''})`)
  })
  assert.equal(res.status, status, `GET ${from} answered ${res.status}, expected ${status} to ${to}`)
  // Next 16.4 sends the Location header twice (same value) on the render that first produces a
  // redirect (its own /blog/category/<slug>/page/1 does the same); browsers accept identical copies.
  const locations = (res.headers.get('location') ?? '').split(', ')
  for (const location of locations) assert.equal(new URL(location, baseUrl).pathname, to, `GET ${from} sent the reader to ${res.headers.get('location')}`)
}

// A post other readers' journeys do not use, so renaming it for a moment disturbs none of them.
function quietPost(snapshotDir) {
  const snap = readSnapshot(snapshotDir)
  const guide = poreGuide(snap)
  const post = snap.byType('post').find((p) => p._id !== guide._id && snap.slug(p))
  assert.ok(post, 'the snapshot has a second post')
  return {id: post._id, slug: snap.slug(post), title: post.title}
}

export async function renamedPostAnswers308FromItsOldAddress(ctx) {
  const {baseUrl, snapshotDir, newMobilePage} = ctx
  const post = quietPost(snapshotDir)
  const oldPath = `/blog/${post.slug}`
  const renamed = `${post.slug}-renamed`
  const newPath = `/blog/${renamed}`
  // Cached first, as a shared link would find it.
  assert.equal((await request(baseUrl, oldPath)).status, 200, `GET ${oldPath} before the rename`)
  await contentPublish(ctx, ['--id', post.id, '--set', JSON.stringify({slug: renamed})])
  try {
    await expectRedirect(baseUrl, oldPath, newPath)
    // Asked again (now from the cache): still the redirect.
    await expectRedirect(baseUrl, oldPath, newPath)
    // From the old address only: an earlier journey's rename of this post (on-demand-pages) left a
    // redirect to it, which this rename rightly points at the new address too.
    const stored = readSnapshot(snapshotDir).docs.filter((d) => d._type === 'redirect' && d.from === oldPath)
    assert.deepEqual(stored.map((d) => [d.from, d.to, d.permanent]), [[oldPath, newPath, true]], 'the snapshot holds one redirect document for the rename')

    // A reader following the shared link lands on the article.
    const page = await newMobilePage()
    await open(page, baseUrl, oldPath)
    assert.equal(new URL(page.url()).pathname, newPath)
    assert.equal((await page.getByRole('heading', {level: 1}).innerText()).trim(), post.title)
    await expectNoAxeViolations(page, `renamed post reached from ${oldPath}`)
  } finally {
    await contentPublish(ctx, ['--id', post.id, '--set', JSON.stringify({slug: post.slug})])
  }
  // Renamed back: the old address is the page again, and the address it had meanwhile points home.
  assert.equal((await request(baseUrl, oldPath)).status, 200, `GET ${oldPath} after renaming back`)
  await expectRedirect(baseUrl, newPath, oldPath)
}

export async function redirectMadeByHandSendsAnOldWordPressAddressOn(ctx) {
  const {baseUrl, snapshotDir, env, newMobilePage} = ctx
  const snap = readSnapshot(snapshotDir)
  const guidePath = `/blog/${snap.slug(poreGuide(snap))}`
  const wordpress = '/2019/05/can-pores-close/'
  const unknown = '/2019/05/no-redirect-for-this/'
  assert.equal((await request(baseUrl, wordpress.slice(0, -1))).status, 404, 'before the redirect exists')

  // What the Studio's "Redirects" list saves (and `npm run edit:save` brings into the snapshot).
  const doc = {_id: 'redirect.e2e-wordpress', _type: 'redirect', from: wordpress, to: guidePath, permanent: true, note: 'Old WordPress address'}
  const file = path.join(snapshotDir, 'data.ndjson')
  writeAtomically(file, `${fs.readFileSync(file, 'utf8').trimEnd()}\n${JSON.stringify(doc)}\n`)
  const hook = await sendWebhook({url: baseUrl, secret: env.SANITY_REVALIDATE_SECRET, body: await webhookBody({before: null, after: doc})})
  assert.equal(hook.status, 200, `webhook for the redirect answered ${hook.status}: ${JSON.stringify(hook.body)}`)
  assert.ok(hook.body.tags.includes('redirect'), `the webhook revalidated ${hook.body.tags}`)

  // Next drops the trailing slash first (308), then the redirect answers (308).
  await expectRedirect(baseUrl, wordpress, wordpress.slice(0, -1))
  await expectRedirect(baseUrl, wordpress.slice(0, -1), guidePath)
  const page = await newMobilePage()
  await open(page, baseUrl, wordpress)
  assert.equal(new URL(page.url()).pathname, guidePath)

  // An old address without a redirect is still the site's 404, with the site around it.
  const missing = await newMobilePage()
  await open(missing, baseUrl, unknown, {status: 404})
  assert.ok(await missing.locator('a[href="/"]').count(), `${unknown}: the 404 page has no link home`)
  await expectNoAxeViolations(missing, `404 at ${unknown}`)
}

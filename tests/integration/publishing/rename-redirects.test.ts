import fs from 'node:fs'
import http from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import {encodeSignatureHeader, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {followRedirects} from '@/lib/content/redirect-chain'
import type {QueryParams} from '@/lib/content/perspective'
import {livePageQuery, redirectsQuery} from '@/lib/content/queries'
import {querySnapshot} from '@/lib/content/snapshot-source'
import type {ChangedDocument} from '@/lib/content/webhook-payload'
import {createPublishWebhook} from '@/lib/publishing/publish-webhook'
import {sanityRedirectStore, snapshotRedirectStore} from '@/lib/publishing/redirect-store'
import {isEmptyPlan, redirectIdFor, type RedirectStore, updateRedirectsForChange} from '@/lib/publishing/rename-redirects'
import {contentLookup, tagsForDocument} from '@/lib/publishing/tags-for-document'
import {documentAtPath} from '@/lib/routes/document-paths'
import {InMemoryDeliveryLedger} from '@/tests/support/in-memory-delivery-ledger'
import {API, lakeClient, startTestLake, workingCopy, type TestLake} from '../local-content-lake/lake-fixture'

// The publish webhook writing the redirect a renamed page leaves, for real, into both content
// sources: the snapshot file (snapshot mode) and the local Content Lake through @sanity/client over
// HTTP (Sanity mode). Only Next's revalidateTag is replaced by a recorder.
const SECRET = 'test-webhook-secret-0123456789abcdef'
const POST_ID = 'post.pore-strips-steam-and-ice'
const OLD_SLUG = 'pore-strips-steam-and-ice'

type RunQuery = <T>(query: string, params: QueryParams) => Promise<T>

function webhookFor(store: RedirectStore, runQuery: RunQuery) {
  const calls: string[][] = []
  const lookup = contentLookup((query, params) => runQuery(query, params))
  const handler = createPublishWebhook({
    secret: () => SECRET,
    tagsFor: (doc) => tagsForDocument(doc, lookup),
    revalidate: (tags) => calls.push(tags),
    updateRedirects: async (doc) => !isEmptyPlan(await updateRedirectsForChange(doc, store)),
    seen: new InMemoryDeliveryLedger(),
  })
  return {handler, calls}
}

async function signed(body: string, timestamp = Date.now()): Promise<Request> {
  return new Request('http://localhost/api/revalidate', {
    method: 'POST',
    headers: {'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, timestamp, SECRET)},
    body,
  })
}

/** Where a reader of `path` ends up, by the rules the site's 404 pages apply. */
async function landingOf(path: string, runQuery: RunQuery) {
  const rules = await runQuery<{from: string; to: string; permanent: boolean}[]>(redirectsQuery, {})
  return followRedirects(path, rules, async (to) => {
    const doc = documentAtPath(to)
    return doc ? runQuery<boolean>(livePageQuery, {type: doc.type, slug: doc.slug, language: doc.language}) : true
  })
}

describe('snapshot mode: the webhook writes redirects into the snapshot file', () => {
  let dir: string
  let file: string
  const previousDir = process.env.CONTENT_SNAPSHOT_DIR
  const runSnapshot: RunQuery = (query, params) => querySnapshot(query, params, 'published')

  beforeEach(() => {
    dir = workingCopy()
    file = path.join(dir, 'data.ndjson')
    process.env.CONTENT_SNAPSHOT_DIR = dir
  })
  afterAll(() => {
    if (previousDir === undefined) delete process.env.CONTENT_SNAPSHOT_DIR
    else process.env.CONTENT_SNAPSHOT_DIR = previousDir
  })

  // What content:publish does to the file before it sends the webhook.
  function renameInFile(from: string, to: string): ChangedDocument {
    const lines = fs.readFileSync(file, 'utf8').split('\n')
    const index = lines.findIndex((line) => line.includes(`"_id":"${POST_ID}"`))
    const doc = JSON.parse(lines[index]!)
    expect(doc.slug.current).toBe(from)
    lines[index] = JSON.stringify({...doc, slug: {_type: 'slug', current: to}})
    fs.writeFileSync(file, lines.join('\n'))
    return {_id: POST_ID, _type: 'post', slug: to, before: {slug: from}, operation: 'update'}
  }

  it('a rename answers 200, revalidates the redirect tag and leaves old -> new in the file', async () => {
    const {handler, calls} = webhookFor(snapshotRedirectStore(file), runSnapshot)
    const res = await handler(await signed(JSON.stringify(renameInFile(OLD_SLUG, 'pore-strips-renamed'))))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual(expect.objectContaining({redirects: true}))
    expect(calls[0]).toEqual(expect.arrayContaining(['redirect', `post:${OLD_SLUG}`, 'post:pore-strips-renamed']))

    const stored = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.includes('"_type":"redirect"')).map((l) => JSON.parse(l))
    expect(stored).toEqual([expect.objectContaining({_id: redirectIdFor(`/blog/${OLD_SLUG}`), from: `/blog/${OLD_SLUG}`, to: '/blog/pore-strips-renamed', permanent: true})])
    expect(await landingOf(`/blog/${OLD_SLUG}`, runSnapshot)).toEqual({to: '/blog/pore-strips-renamed', permanent: true})
  })

  it('the same change delivered again (a retry, newly signed) leaves the file as it was', async () => {
    const {handler} = webhookFor(snapshotRedirectStore(file), runSnapshot)
    const body = JSON.stringify(renameInFile(OLD_SLUG, 'pore-strips-renamed'))
    expect((await handler(await signed(body))).status).toBe(200)
    const once = fs.readFileSync(file, 'utf8')
    const again = await handler(await signed(body, Date.now() + 1))
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual(expect.objectContaining({redirects: false}))
    expect(fs.readFileSync(file, 'utf8')).toBe(once)
  })

  it('renamed twice, the first address goes straight to the last; renamed back, no loop', async () => {
    const {handler} = webhookFor(snapshotRedirectStore(file), runSnapshot)
    await handler(await signed(JSON.stringify(renameInFile(OLD_SLUG, 'second'))))
    await handler(await signed(JSON.stringify(renameInFile('second', 'third'))))
    const pairs = async () =>
      (await runSnapshot<{from: string; to: string}[]>(redirectsQuery, {})).map((r) => `${r.from} -> ${r.to}`).sort()
    expect(await pairs()).toEqual([`/blog/${OLD_SLUG} -> /blog/third`, '/blog/second -> /blog/third'])
    await handler(await signed(JSON.stringify(renameInFile('third', OLD_SLUG))))
    expect(await pairs()).toEqual([`/blog/second -> /blog/${OLD_SLUG}`, `/blog/third -> /blog/${OLD_SLUG}`])
    expect(await landingOf(`/blog/${OLD_SLUG}`, runSnapshot)).toBeNull()
  })

  it('deleting the page keeps the redirect but the lookup answers 404 until the page is back', async () => {
    const {handler} = webhookFor(snapshotRedirectStore(file), runSnapshot)
    await handler(await signed(JSON.stringify(renameInFile(OLD_SLUG, 'pore-strips-renamed'))))
    const kept = fs.readFileSync(file, 'utf8')
    fs.writeFileSync(file, kept.split('\n').filter((l) => !l.includes(`"_id":"${POST_ID}"`)).join('\n'))
    const deleted = {_id: POST_ID, _type: 'post', slug: null, before: {slug: 'pore-strips-renamed'}, operation: 'delete'}
    const res = await handler(await signed(JSON.stringify(deleted)))
    expect(res.status).toBe(200)
    expect(await landingOf(`/blog/${OLD_SLUG}`, runSnapshot)).toBeNull()
    expect(fs.readFileSync(file, 'utf8')).toContain(redirectIdFor(`/blog/${OLD_SLUG}`))
  })
})

describe('Sanity mode: the webhook writes redirects into Content Lake through @sanity/client', () => {
  let lake: TestLake
  let server: http.Server
  const answers: {status: number; body: Record<string, unknown>}[] = []

  beforeEach(async () => {
    answers.length = 0
    // The lake sends its webhook (the real projection, with before()) to the real handler.
    let handler: (request: Request) => Promise<Response> = async () => new Response(null, {status: 503})
    server = http.createServer(async (req, res) => {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const headers = new Headers()
      for (const [key, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(key, value)
      const response = await handler(new Request('http://localhost/api/revalidate', {method: 'POST', headers, body: Buffer.concat(chunks)}))
      const text = await response.text()
      answers.push({status: response.status, body: JSON.parse(text)})
      res.writeHead(response.status, {'content-type': 'application/json'}).end(text)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/revalidate`
    lake = await startTestLake({dir: workingCopy(), webhook: {url, secret: SECRET, retryDelaysMs: [50, 100]}})
    const client = lakeClient(lake, 'published')
    handler = webhookFor(sanityRedirectStore(lakeClient(lake)), (query, params) => client.fetch(query, params)).handler
  })
  afterEach(async () => {
    await lake.close()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  const actions = (list: unknown[]) => lake.api(`${API}/data/actions/production`, {body: {actions: list}})
  const renameTo = (slug: string) =>
    actions([
      {actionType: 'sanity.action.document.edit', draftId: `drafts.${POST_ID}`, publishedId: POST_ID, patch: {set: {slug: {_type: 'slug', current: slug}}}},
      {actionType: 'sanity.action.document.publish', draftId: `drafts.${POST_ID}`, publishedId: POST_ID},
    ])
  async function until(check: () => boolean, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out; answers so far: ${JSON.stringify(answers)}`)
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  }
  const renames = () => answers.filter((a) => a.body.redirects === true)
  const read: RunQuery = (query, params) => lakeClient(lake, 'published').fetch(query, params)

  it('a rename published in the lake leaves old -> new as a redirect document, written once', async () => {
    await renameTo('pore-strips-renamed')
    await until(() => renames().length === 1)
    expect(renames()[0]!.status).toBe(200)
    expect(renames()[0]!.body.tags).toEqual(expect.arrayContaining(['redirect', `post:${OLD_SLUG}`]))
    expect(await read(redirectsQuery, {})).toEqual([{from: `/blog/${OLD_SLUG}`, to: '/blog/pore-strips-renamed', permanent: true}])
    expect(await landingOf(`/blog/${OLD_SLUG}`, read)).toEqual({to: '/blog/pore-strips-renamed', permanent: true})
    // The redirect document is itself published content: its own webhook clears the redirect tag.
    await until(() => answers.some((a) => Array.isArray(a.body.tags) && (a.body.tags as string[]).join() === 'redirect'))

    const id = redirectIdFor(`/blog/${OLD_SLUG}`)
    const before = await lakeClient(lake).getDocument(id)
    const replay = {_id: POST_ID, _type: 'post', slug: 'pore-strips-renamed', before: {slug: OLD_SLUG}, operation: 'update'}
    const {handler} = webhookFor(sanityRedirectStore(lakeClient(lake)), read)
    const again = await handler(await signed(JSON.stringify(replay)))
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual(expect.objectContaining({redirects: false}))
    expect((await lakeClient(lake).getDocument(id))?._rev).toBe(before?._rev)
  })

  it('renamed twice the chain collapses; unpublished, the old addresses answer 404', async () => {
    await renameTo('second')
    await until(() => renames().length === 1)
    await renameTo('third')
    await until(() => renames().length === 2)
    const pairs = (await read<{from: string; to: string}[]>(redirectsQuery, {})).map((r) => `${r.from} -> ${r.to}`).sort()
    expect(pairs).toEqual([`/blog/${OLD_SLUG} -> /blog/third`, '/blog/second -> /blog/third'])

    await actions([{actionType: 'sanity.action.document.unpublish', draftId: `drafts.${POST_ID}`, publishedId: POST_ID}])
    await until(() => answers.some((a) => Array.isArray(a.body.tags) && (a.body.tags as string[]).includes('post:third') && a.body.redirects === false))
    expect(await landingOf(`/blog/${OLD_SLUG}`, read)).toBeNull()
    expect(await landingOf('/blog/second', read)).toBeNull()
  })
})

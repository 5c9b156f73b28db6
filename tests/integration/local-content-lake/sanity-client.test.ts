import {spawn} from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'
import type {SanityClient} from '@sanity/client'
import {lakeClient, startTestLake, type TestLake} from './lake-fixture'

let lake: TestLake
let client: SanityClient
beforeAll(async () => {
  lake = await startTestLake()
  client = lakeClient(lake)
})
afterAll(async () => {
  const unknown = lake.unknownRequests()
  await lake.close()
  expect(unknown).toEqual([])
})

describe('@sanity/client 7 against the local Content Lake', () => {
  it('fetch with params and perspectives', async () => {
    const query = '*[_type == "post" && slug.current == $slug][0].title'
    const params = {slug: 'double-cleansing-step-by-step'}
    const published = await client.fetch<string>(query, params, {perspective: 'published'})
    const drafts = await client.fetch<string>(query, params, {perspective: 'drafts'})
    expect(published).toBeTruthy()
    expect(drafts).toMatch(/draft update/)
    expect(drafts).not.toBe(published)
    const anonymous = client.withConfig({token: undefined})
    expect(
      await anonymous.fetch<number>('count(*[_id in path("drafts.**")])', {}, {perspective: 'raw'}),
    ).toBe(0)
  })

  it('createOrReplace, then patch with ifRevisionId: a stale revision is refused', async () => {
    const created = await client.createOrReplace({_id: 'client.probe', _type: 'probe', count: 1})
    expect(created).toMatchObject({_id: 'client.probe', count: 1, _rev: expect.any(String)})
    const patched = await client.patch('client.probe').ifRevisionId(created._rev).inc({count: 1}).commit()
    expect(patched.count).toBe(2)
    await expect(
      client.patch('client.probe').ifRevisionId(created._rev).inc({count: 1}).commit(),
    ).rejects.toMatchObject({statusCode: 409})
    expect((await client.getDocument<{count: number}>('client.probe'))?.count).toBe(2)
  })

  it('a transaction applies all its mutations in one revision', async () => {
    const result = await client
      .transaction()
      .createIfNotExists({_id: 'client.a', _type: 'probe'})
      .create({_id: 'client.b', _type: 'probe'})
      .patch('client.a', (p) => p.set({touched: true}))
      .commit()
    expect(result.results.map((r) => r.id).sort()).toEqual(['client.a', 'client.a', 'client.b'])
    const docs = await client.getDocuments<{_rev: string; touched?: boolean}>(['client.a', 'client.b'])
    expect(docs[0]?.touched).toBe(true)
    expect(docs[0]?._rev).toBe(result.transactionId)
    expect(docs[1]?._rev).toBe(result.transactionId)
  })

  it('listen delivers the mutation to a subscriber', async () => {
    const child = spawn(path.join(process.cwd(), 'node_modules', '.bin', 'tsx'), [
      path.join(__dirname, 'client-listen-script.ts'),
      lake.httpUrl,
      lake.projectId,
      lake.dataset,
      lake.token,
      'client.probe',
    ])
    try {
      const events: {
        type: string
        documentId?: string
        transition?: string
        result?: Record<string, unknown>
      }[] = []
      readline.createInterface({input: child.stdout}).on('line', (line) => events.push(JSON.parse(line)))
      const until = async (check: () => boolean) => {
        const deadline = Date.now() + 20_000
        while (!check()) {
          if (Date.now() > deadline || child.exitCode !== null)
            throw new Error(`no event; got ${JSON.stringify(events)}`)
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
      }
      await until(() => events.some((e) => e.type === 'welcome'))
      await client.patch('client.probe').set({heard: 'yes'}).commit()
      await until(() => events.some((e) => e.type === 'mutation'))
      expect(events.find((e) => e.type === 'mutation')).toMatchObject({
        documentId: 'client.probe',
        transition: 'update',
        result: expect.objectContaining({heard: 'yes'}),
      })
    } finally {
      child.kill()
    }
  })
})

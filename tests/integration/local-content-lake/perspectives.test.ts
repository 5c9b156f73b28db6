import {API, queryPath, startTestLake, type TestLake} from './lake-fixture'

type QueryAnswer<T> = {result: T}

let lake: TestLake
beforeAll(async () => {
  lake = await startTestLake()
})
afterAll(async () => {
  const unknown = lake.unknownRequests()
  await lake.close()
  expect(unknown).toEqual([])
})

const TITLE = '*[_type == "post" && slug.current == $slug][0]{_id, title}'
const SLUG = {slug: 'double-cleansing-step-by-step'}

describe('perspectives', () => {
  it('published hides drafts: the published title, and no draft-only post', async () => {
    const {body} = await lake.api<QueryAnswer<{_id: string; title: string}>>(
      queryPath(TITLE, SLUG, 'published'),
    )
    expect(body.result.title).not.toMatch(/draft update/)
    const ids = await lake.api<QueryAnswer<string[]>>(queryPath('*[_type == "post"]._id', {}, 'published'))
    expect(ids.body.result).not.toContain('post.draft-only-example')
    expect(ids.body.result.some((id) => id.startsWith('drafts.'))).toBe(false)
  })

  it('drafts overlays each draft on its published id and keeps draft-only documents', async () => {
    const {body} = await lake.api<QueryAnswer<{_id: string; title: string}>>(queryPath(TITLE, SLUG, 'drafts'))
    expect(body.result).toEqual({
      _id: 'post.double-cleansing-step-by-step',
      title: expect.stringMatching(/draft update/),
    })
    const ids = await lake.api<QueryAnswer<string[]>>(
      queryPath('*[_type == "post"]._id', {}, 'previewDrafts'),
    )
    expect(ids.body.result).toContain('post.draft-only-example')
    expect(new Set(ids.body.result).size).toBe(ids.body.result.length)
  })

  it('raw shows both versions side by side', async () => {
    const {body} = await lake.api<QueryAnswer<string[]>>(
      queryPath('*[_id match "*double-cleansing*"]._id', {}, 'raw'),
    )
    expect(body.result.sort()).toEqual([
      'drafts.post.double-cleansing-step-by-step',
      'post.double-cleansing-step-by-step',
    ])
  })

  it('anonymous callers cannot read drafts, whatever perspective they ask for', async () => {
    for (const perspective of ['raw', 'drafts']) {
      const {status, body} = await lake.api<QueryAnswer<string[]>>(
        queryPath('*[_id in path("drafts.**")]._id', {}, perspective),
        {token: null},
      )
      expect(status).toBe(200)
      expect(body.result).toEqual([])
    }
    const doc = await lake.api<{documents: unknown[]; omitted: {id: string; reason: string}[]}>(
      `${API}/data/doc/production/drafts.post.double-cleansing-step-by-step`,
      {token: null},
    )
    expect(doc.body).toEqual({
      documents: [],
      omitted: [{id: 'drafts.post.double-cleansing-step-by-step', reason: 'permission'}],
    })
  })

  it('anonymous callers, like on Content Lake, see no document whose id has a dot (post.<slug>)', async () => {
    const {body} = await lake.api<QueryAnswer<string[]>>(
      queryPath('*[_type == "post"]._id', {}, 'published'),
      {token: null},
    )
    expect(body.result).toEqual([])
    const editor = await lake.api<QueryAnswer<string[]>>(queryPath('*[_type == "post"]._id', {}, 'published'))
    expect(editor.body.result).toContain('post.double-cleansing-step-by-step')
    const doc = await lake.api<{documents: unknown[]}>(
      `${API}/data/doc/production/post.double-cleansing-step-by-step`,
      {token: null},
    )
    expect(doc.body.documents).toEqual([])
  })

  it('anonymous callers cannot write, and a wrong token is refused', async () => {
    const mutation = {mutations: [{createOrReplace: {_id: 'x', _type: 'post'}}]}
    expect((await lake.api(`${API}/data/mutate/production`, {body: mutation, token: null})).status).toBe(403)
    expect(
      (await lake.api(`${API}/data/mutate/production`, {body: mutation, token: 'not-the-token'})).status,
    ).toBe(401)
  })

  it('POST queries take params from the body, and a bad query is a 400', async () => {
    const {body} = await lake.api<QueryAnswer<{title: string}>>(
      `${API}/data/query/production?perspective=published`,
      {body: {query: TITLE, params: SLUG}},
    )
    expect(body.result.title).toBeTruthy()
    expect((await lake.api(queryPath('*[', {}))).status).toBe(400)
  })
})

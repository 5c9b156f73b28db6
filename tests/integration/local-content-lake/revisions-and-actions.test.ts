import {API, queryPath, startTestLake, type TestLake} from './lake-fixture'

type Doc = {_id: string; _rev: string; title?: string; _updatedAt: string}
type MutateAnswer = {transactionId: string; results: {id: string; operation: string; document?: Doc}[]}
type ConflictAnswer = {error: {type: string; items: {error: {type: string}}[]}}

let lake: TestLake
beforeEach(async () => {
  lake = await startTestLake()
})
afterEach(async () => {
  const unknown = lake.unknownRequests()
  await lake.close()
  expect(unknown).toEqual([])
})

const POST_ID = 'post.pore-strips-steam-and-ice'
const mutate = (mutations: unknown[], query = '') =>
  lake.api<MutateAnswer>(`${API}/data/mutate/production${query}`, {body: {mutations}})
const actions = (list: unknown[]) =>
  lake.api<{transactionId: string}>(`${API}/data/actions/production`, {body: {actions: list}})
const getDoc = async (id: string) =>
  (await lake.api<{documents: Doc[]}>(`${API}/data/doc/production/${id}`)).body.documents[0]

describe('revisions', () => {
  it("a write gives a new _rev and _updatedAt; a patch with a stale ifRevisionID is a 409 with Sanity's error shape", async () => {
    const before = await getDoc(POST_ID)
    const ok = await mutate(
      [{patch: {id: POST_ID, ifRevisionID: before._rev, set: {title: 'New title'}}}],
      '?returnDocuments=true',
    )
    expect(ok.status).toBe(200)
    const after = ok.body.results[0].document!
    expect(after.title).toBe('New title')
    expect(after._rev).not.toBe(before._rev)
    expect(after._rev).toBe(ok.body.transactionId)
    expect(after._updatedAt > before._updatedAt).toBe(true)

    const stale = await lake.api<ConflictAnswer>(`${API}/data/mutate/production`, {
      body: {mutations: [{patch: {id: POST_ID, ifRevisionID: before._rev, set: {title: 'Lost update'}}}]},
    })
    expect(stale.status).toBe(409)
    expect(stale.body.error.type).toBe('mutationError')
    expect(stale.body.error.items[0].error.type).toBe('documentRevisionIDDoesNotMatchError')
    expect((await getDoc(POST_ID)).title).toBe('New title')
  })

  it('a failing mutation leaves the whole transaction unapplied', async () => {
    const answer = await mutate([
      {patch: {id: POST_ID, set: {title: 'Half'}}},
      {create: {_id: POST_ID, _type: 'post'}},
    ])
    expect(answer.status).toBe(409)
    expect((await getDoc(POST_ID)).title).not.toBe('Half')
  })

  it("patch operations come from Sanity's patcher: setIfMissing, inc, unset, insert", async () => {
    await mutate([{createOrReplace: {_id: 'counter', _type: 'probe', n: 1, tags: ['a'], gone: true}}])
    await mutate([
      {
        patch: {
          id: 'counter',
          setIfMissing: {n: 50, label: 'x'},
          inc: {n: 2},
          unset: ['gone'],
          insert: {after: 'tags[-1]', items: ['b']},
        },
      },
    ])
    const doc = (await getDoc('counter')) as unknown as Record<string, unknown>
    expect(doc).toMatchObject({n: 3, label: 'x', tags: ['a', 'b']})
    expect(doc).not.toHaveProperty('gone')
  })
})

describe('actions', () => {
  it('edit makes a draft from the published document; publish replaces it and removes the draft', async () => {
    const published = await getDoc(POST_ID)
    expect(
      (
        await actions([
          {
            actionType: 'sanity.action.document.edit',
            draftId: `drafts.${POST_ID}`,
            publishedId: POST_ID,
            patch: {set: {title: 'Edited'}},
          },
        ])
      ).status,
    ).toBe(200)
    const draft = await getDoc(`drafts.${POST_ID}`)
    expect(draft.title).toBe('Edited')
    expect(
      (await lake.api<{result: string}>(queryPath('*[_id == $id][0].title', {id: POST_ID}, 'published'))).body
        .result,
    ).toBe(published.title)

    const publish = await actions([
      {
        actionType: 'sanity.action.document.publish',
        draftId: `drafts.${POST_ID}`,
        publishedId: POST_ID,
        ifDraftRevisionId: draft._rev,
        ifPublishedRevisionId: published._rev,
      },
    ])
    expect(publish.status).toBe(200)
    expect((await getDoc(POST_ID)).title).toBe('Edited')
    expect(await getDoc(`drafts.${POST_ID}`)).toBeUndefined()
  })

  it('publish with a stale draft or published revision is a 409 and changes nothing', async () => {
    await actions([
      {
        actionType: 'sanity.action.document.edit',
        draftId: `drafts.${POST_ID}`,
        publishedId: POST_ID,
        patch: {set: {title: 'Draft'}},
      },
    ])
    const draft = await getDoc(`drafts.${POST_ID}`)
    const staleDraft = await actions([
      {
        actionType: 'sanity.action.document.publish',
        draftId: `drafts.${POST_ID}`,
        publishedId: POST_ID,
        ifDraftRevisionId: 'stale',
      },
    ])
    expect(staleDraft.status).toBe(409)
    const stalePublished = await actions([
      {
        actionType: 'sanity.action.document.publish',
        draftId: `drafts.${POST_ID}`,
        publishedId: POST_ID,
        ifDraftRevisionId: draft._rev,
        ifPublishedRevisionId: 'stale',
      },
    ])
    expect(stalePublished.status).toBe(409)
    expect((await getDoc(`drafts.${POST_ID}`))._rev).toBe(draft._rev)
  })

  it('unpublish keeps the content as a draft and hides it from the published perspective', async () => {
    const answer = await actions([
      {actionType: 'sanity.action.document.unpublish', draftId: `drafts.${POST_ID}`, publishedId: POST_ID},
    ])
    expect(answer.status).toBe(200)
    expect(await getDoc(POST_ID)).toBeUndefined()
    expect((await getDoc(`drafts.${POST_ID}`)).title).toBeTruthy()
    const visible = await lake.api<{result: string[]}>(queryPath('*[_type == "post"]._id', {}, 'published'), {
      token: null,
    })
    expect(visible.body.result).not.toContain(POST_ID)
  })

  it('discard, create and delete', async () => {
    expect(
      (
        await actions([
          {actionType: 'sanity.action.document.discard', draftId: 'drafts.post.draft-only-example'},
        ])
      ).status,
    ).toBe(200)
    expect(await getDoc('drafts.post.draft-only-example')).toBeUndefined()
    const create = {
      actionType: 'sanity.action.document.create',
      publishedId: 'post.new',
      attributes: {_id: 'drafts.post.new', _type: 'post', title: 'New'},
      ifExists: 'fail',
    }
    expect((await actions([create])).status).toBe(200)
    expect((await actions([create])).status).toBe(409)
    expect(
      (
        await actions([
          {
            actionType: 'sanity.action.document.delete',
            publishedId: POST_ID,
            includeDrafts: ['drafts.post.new'],
          },
        ])
      ).status,
    ).toBe(200)
    expect(await getDoc(POST_ID)).toBeUndefined()
    expect(await getDoc('drafts.post.new')).toBeUndefined()
  })

  it('an unknown action type is a 400 naming the problem', async () => {
    const answer = await lake.api<{message: string}>(`${API}/data/actions/production`, {
      body: {actions: [{actionType: 'sanity.action.nope'}]},
    })
    expect(answer.status).toBe(400)
    expect(answer.body.message).toMatch(/actionType/)
  })
})

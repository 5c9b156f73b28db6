import {applyPatch} from 'mendoza'
import {API, startTestLake, type TestLake} from './lake-fixture'
import {openEventStream} from './sse-client'

type MutationEvent = {
  documentId: string
  transactionId: string
  transition: string
  previousRev?: string
  resultRev: string
  mutations?: unknown[]
  effects?: {apply: unknown[]; revert: unknown[]}
  result?: Record<string, unknown>
  previous?: Record<string, unknown>
}

let lake: TestLake
beforeEach(async () => {
  lake = await startTestLake({keepaliveMs: 200})
})
afterEach(async () => {
  const unknown = lake.unknownRequests()
  await lake.close()
  expect(unknown).toEqual([])
})

const POST_ID = 'post.pore-strips-steam-and-ice'

function listenUrl(query: string, params: Record<string, unknown>, extra: Record<string, string>) {
  const search = new URLSearchParams({query, ...extra})
  for (const [key, value] of Object.entries(params)) search.set(`$${key}`, JSON.stringify(value))
  return `${lake.httpUrl}${API}/data/listen/production?${search}`
}

describe('listen', () => {
  it('sends welcome, then a mutation event whose Mendoza effects turn the old document into the new one', async () => {
    const stream = openEventStream(
      listenUrl(
        '*[_id == $id]',
        {id: POST_ID},
        {includeResult: 'true', includePreviousRevision: 'true', effectFormat: 'mendoza'},
      ),
      lake.token,
    )
    expect(await stream.opened).toBe(200)
    await stream.waitFor((events) => events.some((e) => e.event === 'welcome'))
    const before = (
      await lake.api<{documents: Record<string, unknown>[]}>(`${API}/data/doc/production/${POST_ID}`)
    ).body.documents[0]

    const mutation = {patch: {id: POST_ID, set: {title: 'Heard by the listener'}, unset: ['excerpt']}}
    const write = await lake.api<{transactionId: string}>(`${API}/data/mutate/production`, {
      body: {mutations: [mutation]},
    })
    const events = await stream.waitFor((all) => all.some((e) => e.event === 'mutation'))
    const event = events.find((e) => e.event === 'mutation')!.data as MutationEvent
    stream.close()

    expect(event).toMatchObject({
      documentId: POST_ID,
      transactionId: write.body.transactionId,
      transition: 'update',
      previousRev: before._rev,
      resultRev: write.body.transactionId,
    })
    expect(event.mutations).toEqual([mutation])
    expect(event.previous).toEqual(before)
    expect(event.result).toMatchObject({title: 'Heard by the listener'})
    expect(event.result).not.toHaveProperty('excerpt')
    // The Studio applies effects to the document without `_rev` and sets `resultRev` itself.
    // `excerpt` sorts after `_rev`, so an index counted with `_rev` would delete the wrong field.
    const {_rev: _beforeRev, ...beforeWithoutRev} = before
    const {_rev: _resultRev, ...resultWithoutRev} = event.result!
    expect(applyPatch(beforeWithoutRev, event.effects!.apply)).toEqual(resultWithoutRev)
    expect(applyPatch(resultWithoutRev, event.effects!.revert)).toEqual(beforeWithoutRev)
  })

  it("answers every transaction with its event, also one that changed nothing (the Studio's empty-action guard)", async () => {
    // The Studio sends this edit when a commit has nothing else to say, and keeps "Saving..." on
    // screen until the listener brings the transaction id it chose; two editors' crossing patches
    // can also leave a document as it was.
    const stream = openEventStream(
      listenUrl('*[_id in $ids]', {ids: [POST_ID, `drafts.${POST_ID}`]}, {includeResult: 'false', effectFormat: 'mendoza'}),
      lake.token,
    )
    await stream.opened
    const edit = (transactionId: string) =>
      lake.api(`${API}/data/actions/production`, {
        body: {
          transactionId,
          actions: [
            {
              actionType: 'sanity.action.document.edit',
              draftId: `drafts.${POST_ID}`,
              publishedId: POST_ID,
              patch: {unset: ['_empty_action_guard_pseudo_field_']},
            },
          ],
        },
      })
    expect((await edit('first-edit-creates-the-draft')).status).toBe(200)
    const draft = lake.store.get(`drafts.${POST_ID}`)!
    expect((await edit('second-edit-changes-nothing')).status).toBe(200)
    const events = await stream.waitFor((all) => all.filter((e) => e.event === 'mutation').length >= 2)
    stream.close()
    const second = events.filter((e) => e.event === 'mutation')[1].data as MutationEvent
    expect(second).toMatchObject({
      documentId: `drafts.${POST_ID}`,
      transactionId: 'second-edit-changes-nothing',
      previousRev: draft._rev,
      resultRev: 'second-edit-changes-nothing',
      transition: 'update',
    })
    expect(lake.store.get(`drafts.${POST_ID}`)).toMatchObject({title: draft.title, _rev: 'second-edit-changes-nothing'})
  })

  it('decides appear and disappear by evaluating the query before and after', async () => {
    const stream = openEventStream(
      listenUrl('*[_type == "post" && title match "Lantern*"]', {}, {effectFormat: 'mendoza'}),
      lake.token,
    )
    await stream.opened
    await lake.api(`${API}/data/mutate/production`, {
      body: {mutations: [{patch: {id: POST_ID, set: {title: 'Lantern post'}}}]},
    })
    await lake.api(`${API}/data/mutate/production`, {
      body: {mutations: [{patch: {id: 'clinicSettings', set: {tagline: 'Lantern'}}}]},
    })
    await lake.api(`${API}/data/mutate/production`, {
      body: {mutations: [{patch: {id: POST_ID, set: {title: 'Plain again'}}}]},
    })
    const events = await stream.waitFor((all) => all.filter((e) => e.event === 'mutation').length >= 2)
    const mutations = events.filter((e) => e.event === 'mutation').map((e) => e.data as MutationEvent)
    expect(mutations.map((e) => [e.documentId, e.transition])).toEqual([
      [POST_ID, 'appear'],
      [POST_ID, 'disappear'],
    ])
    expect(mutations[1].result).toMatchObject({title: 'Plain again'})
    // Keepalive comments keep an idle stream open.
    await stream.waitFor(() => stream.comments.length > 0, 2000)
    stream.close()
  })

  it('an anonymous listener never hears about drafts or dotted (private) ids', async () => {
    // Content Lake keeps ids with a dot private on a public dataset: only `public-note` is heard.
    const stream = openEventStream(listenUrl('*[_type == "post"]', {}, {}))
    await stream.opened
    await lake.api(`${API}/data/mutate/production`, {
      body: {mutations: [{patch: {id: 'drafts.post.draft-only-example', set: {title: 'Secret'}}}]},
    })
    await lake.api(`${API}/data/mutate/production`, {
      body: {mutations: [{patch: {id: POST_ID, set: {title: 'Private by its id'}}}]},
    })
    await lake.api(`${API}/data/mutate/production`, {
      body: {mutations: [{createOrReplace: {_id: 'public-note', _type: 'post', title: 'Public'}}]},
    })
    const events = await stream.waitFor((all) => all.some((e) => e.event === 'mutation'))
    stream.close()
    expect(
      events.filter((e) => e.event === 'mutation').map((e) => (e.data as MutationEvent).documentId),
    ).toEqual(['public-note'])
  })
})

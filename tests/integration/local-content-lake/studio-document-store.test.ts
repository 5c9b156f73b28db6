import type {MutationEvent, SanityClient} from '@sanity/client'
import {BufferedDocument, Mutation} from '@sanity/mutator'
import {applyPatch} from 'mendoza'
import {API, lakeClient, startTestLake, type TestLake} from './lake-fixture'
import {openEventStream} from './sse-client'
import {commitThroughActions} from './studio-commits'

// What the Studio's document store (sanity 5.31.2) does with the lake, with the same libraries:
// one listener on the draft and published ids (the options of its pair listener), a snapshot of
// each on `welcome`, every mutation event handed to @sanity/mutator's BufferedDocument (which
// applies the event's `mutations` to its copy and matches `transactionId` against its own commits),
// and the previews' copy kept by applying the Mendoza `effects` to the document without `_rev`.
// After every step, both copies must equal what the lake stored, and nothing may stay unresolved,
// or the Studio shows "Saving..." for ever and replays its edits onto a wrong document.

type Doc = Record<string, unknown> & {_id: string; _type: string; _rev?: string}
type Replica = {buffered: BufferedDocument; preview: Doc | null}

const PUBLISHED_ID = 'studio-replica-post'
const DRAFT_ID = `drafts.${PUBLISHED_ID}`

let lake: TestLake
let client: SanityClient
let stream: ReturnType<typeof openEventStream>
let pump: ReturnType<typeof setInterval>
const replicas = new Map<string, Replica>()
const errors: unknown[] = []
let welcomes = 0

function omitRev(doc: Doc | null): Doc | null {
  if (!doc) return null
  const {_rev: _ignored, ...rest} = doc
  return rest as Doc
}

function withoutSystemFields(doc: Doc | null): Doc | null {
  if (!doc) return null
  const {_updatedAt: _u, _rev: _r, ...rest} = doc
  return rest as Doc
}

function replicaOf(id: string, snapshot: Doc | null): Replica {
  const buffered = new BufferedDocument(snapshot)
  commitThroughActions(buffered, client, {publishedId: PUBLISHED_ID, draftId: DRAFT_ID}, errors)
  return {buffered, preview: snapshot}
}

async function onWelcome() {
  welcomes++
  const [published, draft] = (await client.getDocuments([PUBLISHED_ID, DRAFT_ID])) as (Doc | null)[]
  replicas.set(PUBLISHED_ID, replicaOf(PUBLISHED_ID, published))
  replicas.set(DRAFT_ID, replicaOf(DRAFT_ID, draft))
}

function onMutation(event: MutationEvent) {
  const replica = replicas.get(event.documentId)
  if (!replica) throw new Error(`mutation before snapshot: ${event.documentId}`)
  replica.buffered.arrive(new Mutation(event as never))
  // The previews' path (applyMutationEventEffects): effects on the document without _rev.
  if (event.previousRev !== replica.preview?._rev) throw new Error(`preview out of sync at ${event.transactionId}`)
  const next = applyPatch(omitRev(replica.preview), (event.effects as {apply: unknown[]}).apply) as Doc | null
  replica.preview = next ? {...next, _rev: event.resultRev} : null
}

beforeAll(async () => {
  lake = await startTestLake()
  client = lakeClient(lake)
  // The query string of the Studio's pair listener. (@sanity/client's own listen() loads its
  // EventSource with a dynamic import that Jest cannot run, so the stream is read directly.)
  const search = new URLSearchParams({
    query: '*[_id in $ids]',
    $ids: JSON.stringify([PUBLISHED_ID, DRAFT_ID]),
    includeResult: 'false',
    includeAllVersions: 'true',
    enableResume: 'true',
    effectFormat: 'mendoza',
    tag: 'sanity.studio.document.pair.listen',
  })
  stream = openEventStream(`${lake.httpUrl}${API}/data/listen/production?${search}`, lake.token)
  let handled = 0
  let chain = Promise.resolve()
  // In order, as the Studio's concatMap does: a mutation waits for the snapshot before it.
  pump = setInterval(() => {
    for (const {event, data} of stream.events.slice(handled)) {
      handled++
      chain = chain
        .then(async () => {
          if (event === 'welcome' || event === 'reset') await onWelcome()
          if (event === 'mutation') onMutation(data as MutationEvent)
        })
        .catch((error) => void errors.push(error))
    }
  }, 5)
  const ready = (async () => {
    while (replicas.size === 0) await new Promise((resolve) => setTimeout(resolve, 10))
  })()
  await ready
})

afterAll(async () => {
  clearInterval(pump)
  stream.close()
  const unknown = lake.unknownRequests()
  await lake.close()
  expect(unknown).toEqual([])
})

async function settled(): Promise<void> {
  const deadline = Date.now() + 5000
  for (;;) {
    const pending = [...replicas.entries()].some(
      ([id, {buffered}]) =>
        !buffered.document.isConsistent() ||
        // The Studio reads the same through its consistency callback; the fields say why.
        (buffered as unknown as {commits: unknown[]}).commits.length > 0 ||
        buffered.buffer.hasChanges() ||
        (buffered.document.HEAD as Doc | null)?._rev !== lake.store.get(id)?._rev,
    )
    if (!pending) break
    if (Date.now() > deadline) throw new Error('the Studio replica stayed unresolved ("Saving...")')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  for (const id of [PUBLISHED_ID, DRAFT_ID]) {
    const stored = lake.store.get(id)
    const {buffered, preview} = replicas.get(id)!
    expect([id, buffered.document.HEAD]).toEqual([id, stored])
    // The Studio's own copy (its edits, not the server's echo) carries the server's _rev and
    // _updatedAt only through HEAD, which the form reads them from.
    expect([id, withoutSystemFields(buffered.LOCAL as Doc | null)]).toEqual([id, withoutSystemFields(stored)])
    expect([id, preview]).toEqual([id, stored])
  }
  expect(errors).toEqual([])
}

const draft = () => replicas.get(DRAFT_ID)!.buffered
const edit = (...patches: Record<string, unknown>[]) =>
  draft().add(new Mutation({mutations: patches.map((patch) => ({patch: {id: DRAFT_ID, ...patch}}))}))
const block = (key: string, text: string) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{_type: 'span', _key: `${key}-s`, text, marks: []}],
})

describe("the Studio's document store on the lake's listener events", () => {
  it('creates a draft, types, splits and deletes blocks, publishes, edits again, unpublishes and discards', async () => {
    draft().add(
      new Mutation({
        mutations: [{create: {_id: DRAFT_ID, _type: 'post', title: '', seo: {_type: 'seo'}, _createdAt: new Date().toISOString()}}],
      }),
    )
    await draft().commit()
    await settled()

    edit({setIfMissing: {body: []}}, {insert: {before: 'body[0]', items: [block('a', 'T')]}})
    await draft().commit()
    for (const text of ['Ty', 'Typ', 'Typing a sentence']) {
      edit({unset: ['_empty_action_guard_pseudo_field_']}, {set: {'body[_key=="a"].children[_key=="a-s"].text': text}})
      await draft().commit()
    }
    await settled()

    edit({insert: {after: 'body[_key=="a"]', items: [block('b', 'Second')]}}, {set: {title: 'Typed by hand', excerpt: 'Short'}})
    await draft().commit()
    await settled()
    // A removed top-level field that sorts after `_rev`: the effects must name it without `_rev` counted.
    edit({unset: ['excerpt', 'seo.image']})
    await draft().commit()
    edit({unset: ['body[_key=="a"]']}, {set: {'body[_key=="b"].style': 'h2'}})
    await draft().commit()
    await settled()

    await client.action({actionType: 'sanity.action.document.publish', draftId: DRAFT_ID, publishedId: PUBLISHED_ID})
    await settled()
    expect(lake.store.get(DRAFT_ID)).toBeNull()

    // Editing a published document: the first patch creates the draft from it.
    draft().add(
      new Mutation({mutations: [{createIfNotExists: {...(lake.store.get(PUBLISHED_ID) as Doc), _id: DRAFT_ID}}]}),
    )
    edit({set: {title: 'Edited after publishing'}})
    await draft().commit()
    await settled()

    await client.action({actionType: 'sanity.action.document.unpublish', draftId: DRAFT_ID, publishedId: PUBLISHED_ID})
    await settled()
    expect(lake.store.get(PUBLISHED_ID)).toBeNull()
    expect(lake.store.get(DRAFT_ID)).toMatchObject({title: 'Edited after publishing'})

    await client.action({actionType: 'sanity.action.document.discard', draftId: DRAFT_ID})
    await settled()
    expect(welcomes).toBe(1)
  })
})

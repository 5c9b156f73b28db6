import type {MutationEvent, SanityClient} from '@sanity/client'
import {BufferedDocument, Mutation} from '@sanity/mutator'
import {API, lakeClient, startTestLake, type TestLake} from './lake-fixture'
import {openEventStream} from './sse-client'
import {commitThroughActions} from './studio-commits'

// Two editors in one document, each with what the Studio's document store (sanity 5.31.2) runs:
// its own pair listener, a @sanity/mutator BufferedDocument per id fed by that listener, and
// commits sent through the Actions API as the Studio's `toActions` maps them. Editor A types and
// deletes in the body (span text `set`s, which the mutator turns into diffMatchPatch, and block
// inserts), editor B in the excerpt, both committing while the other's commits are in flight.
// In the end the lake and both editors' copies must hold exactly what each of them typed.

type Doc = Record<string, unknown> & {_id: string; _type: string; _rev?: string}
type Block = {_key: string; _type: 'block'; children: {_key: string; _type: 'span'; text: string; marks: string[]}[]; markDefs: []; style: 'normal'}

const PUBLISHED_ID = 'two-editors-post'
const DRAFT_ID = `drafts.${PUBLISHED_ID}`
const IDS = [PUBLISHED_ID, DRAFT_ID]

let lake: TestLake
let client: SanityClient

/** One editor's Studio: a listener, a BufferedDocument per id, commits through the Actions API. */
class Editor {
  readonly docs = new Map<string, BufferedDocument>()
  readonly errors: unknown[] = []
  private stream: ReturnType<typeof openEventStream>
  private pump: ReturnType<typeof setInterval>

  constructor(readonly name: string) {
    const search = new URLSearchParams({
      query: '*[_id in $ids]',
      $ids: JSON.stringify(IDS),
      includeResult: 'false',
      includeAllVersions: 'true',
      enableResume: 'true',
      effectFormat: 'mendoza',
    })
    this.stream = openEventStream(`${lake.httpUrl}${API}/data/listen/production?${search}`, lake.token)
    let handled = 0
    let chain = Promise.resolve()
    this.pump = setInterval(() => {
      for (const {event, data} of this.stream.events.slice(handled)) {
        handled++
        chain = chain
          .then(async () => {
            if (event === 'welcome') await this.snapshot()
            if (event === 'mutation') {
              const e = data as MutationEvent
              this.docs.get(e.documentId)?.arrive(new Mutation(e as never))
            }
          })
          .catch((error) => void this.errors.push(error))
      }
    }, 2)
  }

  async ready() {
    while (this.docs.size < IDS.length) await new Promise((resolve) => setTimeout(resolve, 10))
  }

  private async snapshot() {
    const [published, draft] = (await client.getDocuments(IDS)) as (Doc | null)[]
    for (const [id, doc] of [[PUBLISHED_ID, published], [DRAFT_ID, draft]] as const) {
      const buffered = new BufferedDocument(doc)
      commitThroughActions(buffered, client, {publishedId: PUBLISHED_ID, draftId: DRAFT_ID}, this.errors)
      this.docs.set(id, buffered)
    }
  }

  get draft(): BufferedDocument {
    return this.docs.get(DRAFT_ID)!
  }

  get local(): Doc {
    return this.draft.LOCAL as Doc
  }

  /** A form input's change: the Studio's patch, with the document id, staged in the buffer. */
  patch(patch: Record<string, unknown>) {
    this.draft.add(new Mutation({mutations: [{patch: {id: DRAFT_ID, ...patch}}]}))
  }

  commit(): Promise<void> {
    return this.draft.commit()
  }

  settled(): boolean {
    const d = this.draft as unknown as {commits: unknown[]}
    return (
      this.draft.document.isConsistent() &&
      d.commits.length === 0 &&
      !this.draft.buffer.hasChanges() &&
      (this.draft.document.HEAD as Doc | null)?._rev === lake.store.get(DRAFT_ID)?._rev
    )
  }

  close() {
    clearInterval(this.pump)
    this.stream.close()
  }
}

/** A small seeded generator, so every run makes the same edits. */
function seeded(seed: number) {
  let a = seed >>> 0
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n)
  }
}

const WORDS = ['gentle', 'texture', 'patch', 'thin', 'layer', 'rinse', 'calm', 'skin']
const block = (key: string, text: string): Block => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{_type: 'span', _key: `${key}-s`, text, marks: []}],
})
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let editors: Editor[] = []

beforeAll(async () => {
  lake = await startTestLake()
  client = lakeClient(lake)
  await client.createOrReplace({_id: DRAFT_ID, _type: 'post', title: 'Two editors', excerpt: 'Start.', body: [block('b0', 'One.')]})
})

afterEach(() => {
  for (const editor of editors) editor.close()
  editors = []
})

afterAll(async () => {
  const unknown = lake.unknownRequests()
  await lake.close()
  expect(unknown).toEqual([])
})

describe('two editors in one document', () => {
  it('keeps every character both typed while their commits cross', async () => {
    const a = new Editor('A')
    const b = new Editor('B')
    editors = [a, b]
    await Promise.all([a.ready(), b.ready()])
    const rand = seeded(20261206)
    // What each editor's screen shows: A the body's blocks, B the excerpt.
    const body = ['One.']
    let excerpt = 'Start.'

    // A keystroke in the body: the span's text is `set`, as the Studio's rich-text input does.
    const typeInBody = (text: string) => {
      const i = body.length - 1
      body[i] = text
      a.patch({set: {[`body[_key=="b${i}"].children[_key=="b${i}-s"].text`]: text}})
    }
    const typeInExcerpt = (text: string) => {
      excerpt = text
      b.patch({set: {excerpt: text}})
    }

    async function editorA(round: number) {
      const kind = rand(4)
      if (kind === 0) {
        // Enter: a new block after the last one.
        const key = `b${body.length}`
        body.push('')
        a.patch({insert: {after: `body[_key=="b${body.length - 2}"]`, items: [block(key, '')]}})
      }
      if (kind === 1) {
        for (let n = 1 + rand(6); n > 0 && body.at(-1)!.length > 0; n--) {
          typeInBody(body.at(-1)!.slice(0, -1))
          if (rand(3) === 0) void a.commit()
          await pause(rand(3))
        }
      }
      for (const ch of ` ${WORDS[rand(WORDS.length)]} ${WORDS[rand(WORDS.length)]}${round % 3 === 0 ? '.' : ''}`) {
        typeInBody(body.at(-1)! + ch)
        if (rand(3) === 0) void a.commit()
        await pause(rand(3))
      }
      await a.commit()
    }

    async function editorB() {
      if (rand(3) === 0 && excerpt.length > 10) {
        for (let n = 1 + rand(5); n > 0; n--) {
          typeInExcerpt(excerpt.slice(0, -1))
          if (rand(3) === 0) void b.commit()
          await pause(rand(3))
        }
      }
      for (const ch of ` ${WORDS[rand(WORDS.length)]} ${WORDS[rand(WORDS.length)]}`) {
        typeInExcerpt(excerpt + ch)
        if (rand(3) === 0) void b.commit()
        await pause(rand(3))
      }
      await b.commit()
    }

    for (let round = 0; round < 30; round++) await Promise.all([editorA(round), editorB()])

    const deadline = Date.now() + 10_000
    while (!(a.settled() && b.settled())) {
      if (Date.now() > deadline) throw new Error('an editor stayed unresolved ("Saving...")')
      await pause(20)
    }
    const stored = lake.store.get(DRAFT_ID) as Doc & {excerpt: string; body: Block[]}
    const texts = (doc: {body: Block[]}) => doc.body.map((bl) => bl.children.map((s) => s.text).join(''))
    expect({body: texts(stored), excerpt: stored.excerpt}).toEqual({body, excerpt})
    for (const editor of editors) {
      expect([editor.name, editor.draft.document.HEAD]).toEqual([editor.name, stored])
      expect([editor.name, texts(editor.local as never), editor.local.excerpt]).toEqual([editor.name, body, excerpt])
      expect([editor.name, editor.errors]).toEqual([editor.name, []])
    }
  }, 60_000)

})

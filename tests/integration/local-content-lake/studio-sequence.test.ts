import fs from 'node:fs'
import http2 from 'node:http2'
import {startTestLake, type TestLake} from './lake-fixture'

// Replays, over one HTTP/2 connection on <project>.localhost, the calls the Studio makes
// for its sign in, list, open, edit and publish. Any endpoint it lacks fails the run (--strict).
let lake: TestLake
let session: http2.ClientHttp2Session
const HOST = 'local.localhost'
const ORIGIN = 'http://localhost:3000'
const POST_ID = 'post.can-you-close-pores-permanently'

beforeAll(async () => {
  lake = await startTestLake()
  session = http2.connect(`https://127.0.0.1:${new URL(lake.url).port}`, {
    ca: fs.readFileSync(lake.caPath),
    servername: HOST,
  })
})
afterAll(async () => {
  session.close()
  const unknown = lake.unknownRequests()
  await lake.close()
  expect(unknown).toEqual([])
})

// Answers are Sanity's JSON; the assertions below check their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = {status: number; headers: http2.IncomingHttpHeaders; text: string; json: () => any}

function request(
  method: string,
  path: string,
  options: {token?: string | null; body?: unknown} = {},
): Promise<Answer> {
  const token = options.token === undefined ? lake.token : options.token
  return new Promise((resolve, reject) => {
    const stream = session.request({
      ':method': method,
      ':path': path,
      ':authority': `${HOST}:${new URL(lake.url).port}`,
      origin: ORIGIN,
      ...(token ? {authorization: `Bearer ${token}`} : {}),
      ...(options.body === undefined ? {} : {'content-type': 'application/json'}),
    })
    let headers: http2.IncomingHttpHeaders = {}
    let text = ''
    stream.on('response', (h) => (headers = h))
    stream.setEncoding('utf8')
    stream.on('data', (chunk: string) => (text += chunk))
    stream.on('end', () =>
      resolve({status: Number(headers[':status']), headers, text, json: () => JSON.parse(text)}),
    )
    stream.on('error', reject)
    if (options.body !== undefined) stream.end(JSON.stringify(options.body))
    else stream.end()
  })
}

/** Opens an event stream and resolves once its first event arrived; the stream stays open. */
function openStream(path: string): Promise<{stream: http2.ClientHttp2Stream; first: string}> {
  return new Promise((resolve, reject) => {
    const stream = session.request({
      ':path': path,
      ':authority': `${HOST}:${new URL(lake.url).port}`,
      authorization: `Bearer ${lake.token}`,
    })
    stream.setEncoding('utf8')
    stream.once('data', (chunk: string) => resolve({stream, first: chunk}))
    stream.on('error', reject)
  })
}

const V = '/v2025-02-19'
// The Studio's auth client: its API version and the pattern it reads `#sid=` with.
const AUTH_V = '/v2026-05-04'
const STUDIO_SID_PATTERN = /sid=([^&]{20,})&?/

describe('the Studio request sequence', () => {
  it('signs in through the login screen', async () => {
    expect((await request('GET', `${V}/users/me`, {token: null})).status).toBe(401)
    const providers = (await request('GET', `${V}/auth/providers`, {token: null})).json()
    const provider = new URL(providers.providers[0].url)
    expect(provider.host).toBe(`${HOST}:${new URL(lake.url).port}`)
    const redirect = await request(
      'GET',
      `${provider.pathname}?origin=${encodeURIComponent(`${ORIGIN}/studio`)}&type=token&withSid=true`,
      {token: null},
    )
    expect(redirect.status).toBe(302)
    const back = new URL(String(redirect.headers.location))
    expect(back.origin + back.pathname).toBe(`${ORIGIN}/studio`)
    // The Studio (sanity 5.31.2) takes the session id from its address only when it matches this
    // pattern (20 characters or more); a shorter one is ignored and the login screen comes back.
    const [, sid] = back.hash.match(STUDIO_SID_PATTERN) ?? []
    expect(sid).toEqual(expect.any(String))
    expect((await request('GET', `${AUTH_V}/auth/fetch?sid=wrong-session-id-0000000`, {token: null})).status).toBe(401)
    const {token} = (await request('GET', `${AUTH_V}/auth/fetch?sid=${sid}`, {token: null})).json()
    expect(token).toBe(lake.token)
    const me = await request('GET', `${V}/users/me`)
    expect(me.json()).toMatchObject({id: expect.any(String), role: 'administrator'})
    expect(me.headers['access-control-allow-origin']).toBe(ORIGIN)
  })

  it('swaps the session id only after the page has had its first anonymous /users/me answer', async () => {
    // Back from the provider, the Studio asks /users/me (no token yet) and /auth/fetch at once; it
    // drops a token that arrives before that first answer, and shows the login screen again.
    const providers = (await request('GET', `${AUTH_V}/auth/providers`, {token: null})).json()
    const provider = new URL(providers.providers[0].url)
    const redirect = await request(
      'GET',
      `${provider.pathname}?origin=${encodeURIComponent(`${ORIGIN}/studio`)}&projectId=local&withSid=true`,
      {token: null},
    )
    const [, sid] = new URL(String(redirect.headers.location)).hash.match(STUDIO_SID_PATTERN) ?? []
    const answered: string[] = []
    const swap = request('GET', `${AUTH_V}/auth/fetch?sid=${sid}`, {token: null}).then((answer) => {
      answered.push('auth/fetch')
      return answer
    })
    await new Promise((resolve) => setTimeout(resolve, 100))
    const firstCheck = request('GET', `${AUTH_V}/users/me`, {token: null}).then((answer) => {
      answered.push('users/me')
      return answer
    })
    expect((await firstCheck).status).toBe(401)
    expect((await swap).json()).toEqual({token: lake.token})
    expect(answered).toEqual(['users/me', 'auth/fetch'])
    expect(
      (await request('GET', `/v1/auth/login/demo?origin=${encodeURIComponent('http://')}`, {token: null})).status,
    ).toBe(400)
  })

  it('loads the project, permissions and the fixed answers', async () => {
    const calls = [
      '/v1/ping',
      '/v2021-06-07/auth/id',
      `/v2021-06-07/users/me/keyvalue/studio.structure-tool.pane-layout,studio.last-workspace`,
      `/v2021-06-07/projects/${lake.projectId}`,
      `/v2021-06-07/projects/${lake.projectId}/datasets`,
      `/v2021-06-07/projects/${lake.projectId}/datasets/production/acl`,
      `/v2021-06-07/projects/${lake.projectId}/user-applications`,
      `/v2021-06-07/projects/${lake.projectId}/roles`,
      `/v2021-06-07/projects/${lake.projectId}/grants`,
      '/v2021-06-07/features',
      `/v2025-02-19/schedules/${lake.projectId}/production`,
      '/vX/journey/announcements',
      '/vX/journey/trial',
      '/v1/help',
      '/v2023-12-18/intake/telemetry-status',
      '/vX/access/requests/me',
      `${V}/data/references/production/documents/${POST_ID}/to?excludeInternalReferences=true&excludePaths=true`,
    ]
    for (const path of calls) expect([path, (await request('GET', path)).status]).toEqual([path, 200])
    const acl = (
      await request('GET', `/v2021-06-07/projects/${lake.projectId}/datasets/production/acl`)
    ).json()
    expect(acl[0].permissions).toEqual(expect.arrayContaining(['read', 'update', 'create', 'history']))
    const put = await request('PUT', '/v2021-06-07/users/me/keyvalue', {
      body: [{key: 'studio.last-workspace', value: 'default'}],
    })
    expect(put.status).toBe(200)
    const kv = (await request('GET', '/v2021-06-07/users/me/keyvalue/studio.last-workspace')).json()
    expect(kv).toEqual([{key: 'studio.last-workspace', value: 'default'}])
  })

  it('completes the schema descriptor synchronisation the way the Studio runs it', async () => {
    // The Studio's loop (uploadSchema in sanity, processSetSynchronization in @sanity/descriptors):
    // claim, then send what the answer says is missing until it is `complete`, at most 5 rounds.
    const {SetBuilder, processSetSynchronization} = await import('@sanity/descriptors')
    const builder = new SetBuilder()
    builder.addObject('sanity.schema.namedType', {name: 'post', typeDef: {extends: 'document'}})
    const sync = builder.build('sanity.schema.registry')
    const claim = await request('POST', '/vX/descriptors/claim', {
      body: {descriptorId: sync.set.id, contextKey: `dataset:${lake.projectId}:production`},
    })
    expect(claim.status).toBe(200)
    let result = claim.json().synchronization
    let rounds = 0
    for (let next = processSetSynchronization(sync, result); next !== null; next = processSetSynchronization(sync, result)) {
      expect(++rounds).toBeLessThanOrEqual(5)
      const answer = await request('POST', '/vX/descriptors/synchronize', {body: next})
      expect(answer.status).toBe(200)
      result = answer.json()
    }
  })

  it('keeps eight event streams open and still saves and publishes on the same connection', async () => {
    const listen = (query: string) =>
      `${V}/data/listen/production?query=${encodeURIComponent(query)}&includeResult=false&effectFormat=mendoza&visibility=transaction`
    const streams = await Promise.all([
      openStream(`/vX/agent/o-local/bundles/mine/listen`),
      ...Array.from({length: 7}, (_, i) => openStream(listen(`*[_type == "post" && ${i} == ${i}]`))),
    ])
    expect(streams.every(({first}) => first.includes('event: welcome'))).toBe(true)

    const list = await request(
      'GET',
      `${V}/data/query/production?query=${encodeURIComponent('*[_type == "post" && !(_id in path("versions.**"))]{_id, title, "versionOf": sanity::versionOf(_id)}')}&perspective=raw`,
    )
    expect(list.json().result.length).toBeGreaterThan(3)
    const docs = (await request('GET', `${V}/data/doc/production/${POST_ID},drafts.${POST_ID}`)).json()
    expect(docs.documents).toHaveLength(1)
    expect(docs.omitted).toEqual([{id: `drafts.${POST_ID}`, reason: 'existence'}])

    const edit = await request('POST', `${V}/data/actions/production`, {
      body: {
        actions: [
          {
            actionType: 'sanity.action.document.edit',
            draftId: `drafts.${POST_ID}`,
            publishedId: POST_ID,
            patch: {set: {title: 'Edited in the Studio'}},
          },
        ],
      },
    })
    expect(edit.status).toBe(200)
    const draft = (await request('GET', `${V}/data/doc/production/drafts.${POST_ID}`)).json().documents[0]
    const publish = await request('POST', `${V}/data/actions/production`, {
      body: {
        actions: [
          {
            actionType: 'sanity.action.document.publish',
            draftId: `drafts.${POST_ID}`,
            publishedId: POST_ID,
            ifDraftRevisionId: draft._rev,
            ifPublishedRevisionId: docs.documents[0]._rev,
          },
        ],
      },
    })
    expect(publish.status).toBe(200)
    streams.forEach(({stream}) => stream.close())

    const history = await request(
      'GET',
      `${V}/data/history/production/transactions/${POST_ID},drafts.${POST_ID}?excludeContent=true&effectFormat=mendoza`,
    )
    const lines = history.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines.map((t) => t.id)).toEqual(
      expect.arrayContaining([edit.json().transactionId, publish.json().transactionId]),
    )
    const atDraft = (
      await request('GET', `${V}/data/history/production/documents/drafts.${POST_ID}?revision=${draft._rev}`)
    ).json()
    expect(atDraft.documents[0].title).toBe('Edited in the Studio')
    const events = await request('GET', `${V}/data/history/production/events/documents/${POST_ID}?limit=100`)
    expect(events.json()).toEqual({events: {[POST_ID]: []}, nextCursor: ''})
  })

  it('serves the cover image from the CDN path', async () => {
    const asset = (
      await request(
        'GET',
        `${V}/data/query/production?query=${encodeURIComponent(`*[_id == "${POST_ID}"][0].coverImage.asset->path`)}`,
      )
    ).json().result as string
    const file = asset.split('/').pop()
    const image = await request('GET', `/images/${lake.projectId}/production/${file}?w=1200&auto=format`, {
      token: null,
    })
    expect(image.status).toBe(200)
    expect(image.headers['content-type']).toBe('image/svg+xml')
  })
})

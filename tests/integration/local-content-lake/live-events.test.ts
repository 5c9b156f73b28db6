import {API, startTestLake, type TestLake} from './lake-fixture'
import {openEventStream} from './sse-client'

// The Live Content API as @sanity/client 7 and the Studio's Presentation tool use it: query answers
// carry sync tags, and the event stream names the tags a commit made stale.
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
const eventsUrl = (search = '') => `${lake.httpUrl}${API}/data/live/events/production${search}`

async function edit(id: string, title: string) {
  const res = await lake.api(`${API}/data/mutate/production`, {
    method: 'POST',
    body: {mutations: [{createIfNotExists: {_id: id, _type: 'post', title}}, {patch: {id, set: {title}}}]},
  })
  expect(res.status).toBe(200)
}

describe('live events', () => {
  it('a published change sends a message with the sync tag every query answer carries', async () => {
    const answer = await lake.api<{syncTags: string[]}>(
      `${API}/data/query/production?query=${encodeURIComponent('*[_id == "post.pore-strips-steam-and-ice"][0].title')}`,
    )
    expect(answer.body.syncTags).toHaveLength(1)
    const stream = openEventStream(eventsUrl())
    expect(await stream.opened).toBe(200)
    try {
      await stream.waitFor((events) => events.some((e) => e.event === 'welcome'))
      await edit(POST_ID, 'Pore strips, steam and ice (edited)')
      const events = await stream.waitFor((events) => events.some((e) => e.event === 'message'))
      const message = events.find((e) => e.event === 'message')
      expect(message?.data).toEqual({tags: answer.body.syncTags})
      expect(message?.id).toEqual(expect.any(String))
      await stream.waitFor(() => stream.comments.includes(': keepalive'))
    } finally {
      stream.close()
    }
  })

  it('a draft edit reaches only a signed-in stream that asked for drafts', async () => {
    const publicStream = openEventStream(eventsUrl())
    const draftStream = openEventStream(eventsUrl('?includeDrafts=true'), lake.token)
    try {
      expect(await publicStream.opened).toBe(200)
      expect(await draftStream.opened).toBe(200)
      await publicStream.waitFor((events) => events.some((e) => e.event === 'welcome'))
      await draftStream.waitFor((events) => events.some((e) => e.event === 'welcome'))
      await edit(`drafts.${POST_ID}`, 'A draft title')
      await draftStream.waitFor((events) => events.some((e) => e.event === 'message'))
      // The public stream heard nothing; a published change that follows does arrive there.
      expect(publicStream.events.filter((e) => e.event === 'message')).toEqual([])
      await edit(POST_ID, 'Published title')
      await publicStream.waitFor((events) => events.filter((e) => e.event === 'message').length === 1)
    } finally {
      publicStream.close()
      draftStream.close()
    }
  })

  it('drafts without a token are refused; /check/cors allows the origin', async () => {
    const anonymousDrafts = openEventStream(eventsUrl('?includeDrafts=true'))
    expect(await anonymousDrafts.opened).toBe(403)
    anonymousDrafts.close()
    const cors = await lake.api(`/v1/check/cors`, {token: null})
    expect(cors).toEqual({status: 200, body: {result: {allowed: true, withCredentials: true}}})
  })
})

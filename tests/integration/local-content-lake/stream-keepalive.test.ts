import {API, startTestLake, type TestLake} from './lake-fixture'
import {openEventStream} from './sse-client'

// The client's event-source polyfill (used whenever a token is sent) gives up on a stream after
// 45 s without a byte, logs "No activity within 45000 milliseconds" and reconnects. Every event
// stream the Studio opens must therefore keep sending something while idle.
let lake: TestLake
beforeAll(async () => {
  lake = await startTestLake({keepaliveMs: 200})
})
afterAll(async () => {
  const unknown = lake.unknownRequests()
  await lake.close()
  expect(unknown).toEqual([])
})

const IDLE_STREAMS = [
  '/vX/agent/o-local/bundles/mine/listen',
  `${API}/data/listen/production?query=${encodeURIComponent('*[_id == "nothing-changes"]')}`,
  `${API}/data/live/events/production`,
]

describe('idle event streams', () => {
  it.each(IDLE_STREAMS)('%s sends keep-alives while nothing happens', async (path) => {
    const stream = openEventStream(`${lake.httpUrl}${path}`, lake.token)
    expect(await stream.opened).toBe(200)
    await stream.waitFor(() => stream.comments.length >= 2, 2000)
    stream.close()
  })
})

import {route} from '../context'
import {flag, sendJson} from '../http'
import {assertDataset, requireEditor} from './data'

export const liveRoutes = [
  route('GET', /^\/data\/live\/events\/([^/]+)$/, (ctx, req, res, [, dataset], caller) => {
    assertDataset(ctx, dataset)
    const includeDrafts = flag(req.url, 'includeDrafts', false)
    // Draft changes are not public, as on Content Lake: only a signed-in caller may ask for them.
    if (includeDrafts) requireEditor(caller, 'read drafts')
    ctx.liveEvents.open(res, {includeDrafts})
  }),
  // The client asks this after an event stream fails, to tell a CORS refusal from anything else.
  // This server allows every origin (it serves only 127.0.0.1), with credentials.
  route('GET', /^\/check\/cors$/, (_ctx, _req, res) => {
    sendJson(res, 200, {result: {allowed: true, withCredentials: true}})
  }),
]

import {route} from '../context'
import {flag, queryParamsFromUrl} from '../http'
import {badRequest} from '../errors'
import {runQuery} from '../query'
import {assertDataset} from './data'

export const listenRoutes = [
  route('GET', /^\/data\/listen\/([^/]+)$/, async (ctx, req, res, [, dataset], caller) => {
    assertDataset(ctx, dataset)
    const query = req.url.searchParams.get('query')
    if (!query) throw badRequest('query is required')
    const params = queryParamsFromUrl(req.url)
    // Parsed up front so a bad query is a 400 now rather than a silent stream.
    await runQuery([], query, params)
    ctx.listeners.open(res, caller, {
      query,
      params,
      includeResult: flag(req.url, 'includeResult', true),
      includePreviousRevision: flag(req.url, 'includePreviousRevision', false),
      includeMutations: flag(req.url, 'includeMutations', true),
      mendoza: req.url.searchParams.get('effectFormat') === 'mendoza',
      visibility: req.url.searchParams.get('visibility') ?? 'query',
    })
  }),
]

import {z} from 'zod'
import {applyActions, actionsBodySchema} from '../actions'
import {route, type LakeContext} from '../context'
import {forbidden, notFound} from '../errors'
import {flag, jsonBody, queryParamsFromUrl, sendJson, sendText, type LakeRequest} from '../http'
import {applyMutations, mutateBodySchema} from '../mutations'
import {canReadId, parsePerspective, type Caller} from '../perspective'
import {queryStore} from '../query'

const queryBodySchema = z.object({
  query: z.string().min(1, 'query is required'),
  params: z.record(z.string(), z.unknown()).default({}),
})

export function assertDataset(ctx: LakeContext, dataset: string): void {
  if (dataset !== ctx.dataset) throw notFound(`Dataset "${dataset}" not found`)
}

export function requireEditor(
  caller: Caller,
  permission: string,
): asserts caller is Extract<Caller, {kind: 'editor'}> {
  if (caller.kind !== 'editor') throw forbidden(permission)
}

async function queryRequest(req: LakeRequest): Promise<{query: string; params: Record<string, unknown>}> {
  if (req.method === 'POST') return jsonBody(req, queryBodySchema)
  return queryBodySchema.parse({
    query: req.url.searchParams.get('query') ?? '',
    params: queryParamsFromUrl(req.url),
  })
}

export const dataRoutes = [
  route(['GET', 'POST'], /^\/data\/query\/([^/]+)$/, async (ctx, req, res, [, dataset], caller) => {
    assertDataset(ctx, dataset)
    const started = performance.now()
    const {query, params} = await queryRequest(req)
    const perspective = parsePerspective(req.url.searchParams.get('perspective'), req.apiVersion)
    const result = await queryStore(ctx.store, {query, params, perspective, caller})
    const body: Record<string, unknown> = {
      result,
      syncTags: [ctx.syncTag],
      ms: Math.round(performance.now() - started),
    }
    if (flag(req.url, 'returnQuery', true)) body.query = query
    sendJson(res, 200, body)
  }),

  route('GET', /^\/data\/doc\/([^/]+)\/(.+)$/, (ctx, _req, res, [, dataset, ids], caller) => {
    assertDataset(ctx, dataset)
    const documents = []
    const omitted = []
    for (const id of decodeURIComponent(ids).split(',')) {
      const doc = ctx.store.get(id)
      if (!canReadId(id, caller)) omitted.push({id, reason: 'permission'})
      else if (!doc) omitted.push({id, reason: 'existence'})
      else documents.push(doc)
    }
    sendJson(res, 200, {documents, omitted})
  }),

  route('POST', /^\/data\/mutate\/([^/]+)$/, async (ctx, req, res, [, dataset], caller) => {
    assertDataset(ctx, dataset)
    requireEditor(caller, 'update')
    const body = await jsonBody(req, mutateBodySchema)
    const dryRun = flag(req.url, 'dryRun', false)
    const tx = ctx.store.begin()
    const {results, committed} = await ctx.store.exclusive(async () => {
      const results = await applyMutations(tx, ctx.store.all(), body.mutations)
      return {
        results,
        committed: dryRun
          ? {id: body.transactionId ?? 'dry-run'}
          : ctx.store.commit(tx, caller.userId, body.transactionId),
      }
    })
    const returnDocuments = flag(req.url, 'returnDocuments', false)
    const response: Record<string, unknown> = {
      transactionId: committed.id,
      results: results.map((result) =>
        returnDocuments
          ? {...result, document: dryRun ? tx.get(result.id) : ctx.store.get(result.id)}
          : result,
      ),
    }
    if (flag(req.url, 'returnIds', false)) response.documentIds = results.map((result) => result.id)
    sendJson(res, 200, response)
  }),

  route('POST', /^\/data\/actions\/([^/]+)$/, async (ctx, req, res, [, dataset], caller) => {
    assertDataset(ctx, dataset)
    requireEditor(caller, 'update')
    const body = await jsonBody(req, actionsBodySchema)
    const transactionId = await ctx.store.exclusive(() => {
      const tx = ctx.store.begin()
      applyActions(tx, body.actions)
      return body.dryRun
        ? (body.transactionId ?? 'dry-run')
        : ctx.store.commit(tx, caller.userId, body.transactionId).id
    })
    sendJson(res, 200, {transactionId})
  }),

  // References from other datasets (the Studio asks before delete and unpublish): one dataset has none.
  route('GET', /^\/data\/references\/([^/]+)\/documents\/([^/]+)\/to$/, (ctx, _req, res, [, dataset]) => {
    assertDataset(ctx, dataset)
    sendJson(res, 200, {totalCount: 0, references: []})
  }),

  route(['GET', 'HEAD'], /^\/data\/ping(\/[^/]+)?$/, (_ctx, _req, res) => sendText(res, 200, 'PONG')),
]

import {route} from '../context'
import {flag, sendJson, sendText} from '../http'
import {canReadId} from '../perspective'
import {assertDataset, requireEditor} from './data'

function idsOf(segment: string): string[] {
  return decodeURIComponent(segment).split(',').filter(Boolean)
}

export const historyRoutes = [
  // NDJSON, one transaction a line, oldest first unless `reverse`.
  route(
    'GET',
    /^\/data\/history\/([^/]+)\/transactions\/(.+)$/,
    (ctx, req, res, [, dataset, segment], caller) => {
      assertDataset(ctx, dataset)
      requireEditor(caller, 'history')
      const ids = idsOf(segment)
      const wanted = new Set(ids)
      const q = req.url.searchParams
      let transactions = ctx.store.transactionsFor(ids)
      const fromTime = q.get('fromTime')
      const toTime = q.get('toTime')
      if (fromTime) transactions = transactions.filter((t) => t.timestamp >= fromTime)
      if (toTime) transactions = transactions.filter((t) => t.timestamp <= toTime)
      const fromTransaction = q.get('fromTransaction')
      const toTransaction = q.get('toTransaction')
      if (fromTransaction) {
        const start = transactions.findIndex((t) => t.id === fromTransaction)
        if (start >= 0) transactions = transactions.slice(start)
      }
      if (toTransaction) {
        const end = transactions.findIndex((t) => t.id === toTransaction)
        if (end >= 0) transactions = transactions.slice(0, end + 1)
      }
      if (flag(req.url, 'reverse', false)) transactions = [...transactions].reverse()
      const limit = Number(q.get('limit'))
      if (Number.isInteger(limit) && limit > 0) transactions = transactions.slice(0, limit)
      const excludeContent = flag(req.url, 'excludeContent', false)
      const excludeMutations = flag(req.url, 'excludeMutations', false)
      const lines = transactions.map((t) =>
        JSON.stringify({
          id: t.id,
          timestamp: t.timestamp,
          author: t.author,
          documentIDs: t.documentIDs.filter((id) => wanted.has(id)),
          ...(excludeContent || excludeMutations ? {} : {mutations: t.mutations}),
          effects: Object.fromEntries(Object.entries(t.effects).filter(([id]) => wanted.has(id))),
        }),
      )
      sendText(res, 200, lines.map((line) => `${line}\n`).join(''), 'application/x-ndjson')
    },
  ),

  route(
    'GET',
    /^\/data\/history\/([^/]+)\/documents\/(.+)$/,
    (ctx, req, res, [, dataset, segment], caller) => {
      assertDataset(ctx, dataset)
      requireEditor(caller, 'history')
      const at = {
        revision: req.url.searchParams.get('revision') ?? undefined,
        time: req.url.searchParams.get('time') ?? undefined,
      }
      const documents = idsOf(segment)
        .filter((id) => canReadId(id, caller))
        .map((id) => ctx.store.documentAt(id, at))
        .filter((doc) => doc)
      sendJson(res, 200, {documents})
    },
  ),

  // The Studio's newer history pane; with no events it falls back to the transactions above.
  route(
    'GET',
    /^\/data\/history\/([^/]+)\/events\/documents\/(.+)$/,
    (ctx, _req, res, [, dataset, id], caller) => {
      assertDataset(ctx, dataset)
      requireEditor(caller, 'history')
      sendJson(res, 200, {events: {[decodeURIComponent(id)]: []}, nextCursor: ''})
    },
  ),
]

import {randomUUID} from 'node:crypto'
import {Mutation} from '@sanity/mutator'
import {z} from 'zod'
import {mutationError, revisionMismatch} from './errors'
import {runQuery} from './query'
import type {LakeDocument, Transaction} from './store'

const documentBody = z.looseObject({_id: z.string().min(1).optional(), _type: z.string().min(1)})
const selection = z.union([
  z.object({id: z.string().min(1)}),
  z.object({query: z.string().min(1), params: z.record(z.string(), z.unknown()).optional()}),
])
const patchBody = z.looseObject({ifRevisionID: z.string().optional()}).and(selection)

export const mutationSchema = z.union([
  z.object({create: documentBody}),
  z.object({createOrReplace: documentBody.required({_id: true})}),
  z.object({createIfNotExists: documentBody.required({_id: true})}),
  z.object({delete: selection.and(z.looseObject({purge: z.boolean().optional()}))}),
  z.object({patch: patchBody}),
])

export const mutateBodySchema = z.object({
  mutations: z.array(mutationSchema).min(1, 'mutations must not be empty'),
  transactionId: z.string().min(1).max(200).optional(),
})

export type LakeMutation = z.infer<typeof mutationSchema>
export type MutationResult = {id: string; operation: 'create' | 'update' | 'delete' | 'none'}

/** Applies one patch (set, unset, setIfMissing, inc, dec, insert, diffMatchPatch) with Sanity's own patcher. */
export function applyPatch(doc: LakeDocument, patch: Record<string, unknown>): LakeDocument {
  const {ifRevisionID: _ignored, ...operations} = patch
  const result = new Mutation({mutations: [{patch: {...operations, id: doc._id}}]}).apply(
    structuredClone(doc),
  )
  return result as LakeDocument
}

async function selectIds(
  tx: Transaction,
  all: LakeDocument[],
  sel: {id: string} | {query: string; params?: Record<string, unknown>},
): Promise<string[]> {
  if ('id' in sel) return [sel.id]
  const result = await runQuery(all, sel.query, sel.params ?? {})
  const ids = (Array.isArray(result) ? result : [result])
    .map((doc) => (doc as {_id?: unknown})?._id)
    .filter((id): id is string => typeof id === 'string')
  return ids.filter((id) => tx.get(id) !== null)
}

/** Adds the mutate API's mutations to a transaction, failing the whole request as Sanity does. */
export async function applyMutations(
  tx: Transaction,
  all: LakeDocument[],
  mutations: LakeMutation[],
): Promise<MutationResult[]> {
  const results: MutationResult[] = []
  for (const [index, mutation] of mutations.entries()) {
    if ('create' in mutation) {
      const id = mutation.create._id ?? randomUUID()
      if (tx.get(id))
        throw mutationError(
          409,
          'documentAlreadyExistsError',
          `Document by ID "${id}" already exists`,
          index,
          {id},
        )
      tx.put(id, {...mutation.create, _id: id} as LakeDocument, {create: {...mutation.create, _id: id}})
      results.push({id, operation: 'create'})
    } else if ('createOrReplace' in mutation) {
      const id = mutation.createOrReplace._id
      const existed = tx.get(id) !== null
      tx.put(id, mutation.createOrReplace as LakeDocument, mutation)
      results.push({id, operation: existed ? 'update' : 'create'})
    } else if ('createIfNotExists' in mutation) {
      const id = mutation.createIfNotExists._id
      if (tx.get(id)) {
        results.push({id, operation: 'none'})
        continue
      }
      tx.put(id, mutation.createIfNotExists as LakeDocument, mutation)
      results.push({id, operation: 'create'})
    } else if ('delete' in mutation) {
      for (const id of await selectIds(tx, all, mutation.delete)) {
        if (tx.get(id) === null) continue
        tx.put(id, null, {delete: {id}})
        results.push({id, operation: 'delete'})
      }
    } else {
      const patch = mutation.patch as Record<string, unknown> & {ifRevisionID?: string}
      for (const id of await selectIds(tx, all, mutation.patch)) {
        const current = tx.get(id)
        if (!current)
          throw mutationError(
            409,
            'documentNotFoundError',
            `Cannot modify document "${id}" because it does not exist`,
            index,
            {id},
          )
        if (patch.ifRevisionID !== undefined && patch.ifRevisionID !== current._rev)
          throw revisionMismatch(id, patch.ifRevisionID, current._rev, index)
        const {query: _query, params: _params, ...rest} = patch
        tx.put(id, applyPatch(current, rest), {patch: {...rest, id}})
        results.push({id, operation: 'update'})
      }
    }
  }
  return results
}

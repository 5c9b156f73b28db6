import {z} from 'zod'
import {badRequest, mutationError, revisionMismatch} from './errors'
import {applyPatch} from './mutations'
import type {LakeDocument, Transaction} from './store'

const id = z.string().min(1).max(200)
const attributes = z.looseObject({_id: id, _type: z.string().min(1)})

export const actionSchema = z.discriminatedUnion('actionType', [
  z.object({
    actionType: z.literal('sanity.action.document.create'),
    publishedId: id,
    attributes,
    ifExists: z.enum(['fail', 'ignore']).default('fail'),
  }),
  z.object({
    actionType: z.literal('sanity.action.document.edit'),
    draftId: id,
    publishedId: id,
    patch: z.record(z.string(), z.unknown()),
  }),
  z.object({
    actionType: z.literal('sanity.action.document.publish'),
    draftId: id,
    publishedId: id,
    ifDraftRevisionId: z.string().optional(),
    ifPublishedRevisionId: z.string().optional(),
  }),
  z.object({actionType: z.literal('sanity.action.document.unpublish'), draftId: id, publishedId: id}),
  z.object({
    actionType: z.literal('sanity.action.document.discard'),
    draftId: id,
    purge: z.boolean().optional(),
  }),
  z.object({
    actionType: z.literal('sanity.action.document.delete'),
    publishedId: id,
    includeDrafts: z.array(id).default([]),
    purge: z.boolean().optional(),
  }),
  z.object({actionType: z.literal('sanity.action.document.replaceDraft'), publishedId: id, attributes}),
  z.object({
    actionType: z.literal('sanity.action.document.version.create'),
    publishedId: id,
    document: attributes.optional(),
    baseId: id.optional(),
    versionId: id.optional(),
    ifBaseRevisionId: z.string().optional(),
  }),
  z.object({
    actionType: z.literal('sanity.action.document.version.discard'),
    versionId: id,
    purge: z.boolean().optional(),
  }),
  z.object({actionType: z.literal('sanity.action.document.version.replace'), document: attributes}),
])

export const actionsBodySchema = z.object({
  actions: z.array(actionSchema).min(1, 'actions must not be empty'),
  transactionId: z.string().min(1).max(200).optional(),
  dryRun: z.boolean().optional(),
})

export type LakeAction = z.infer<typeof actionSchema>

function withoutSystemFields(doc: LakeDocument, newId: string): LakeDocument {
  const {_rev: _r, _updatedAt: _u, _originalId: _o, ...rest} = doc
  return {...rest, _id: newId} as LakeDocument
}

function replace(tx: Transaction, docId: string, doc: LakeDocument) {
  tx.put(docId, doc, {createOrReplace: doc})
}

function remove(tx: Transaction, docId: string) {
  if (tx.get(docId)) tx.put(docId, null, {delete: {id: docId}})
}

function checkRevision(
  docId: string,
  expected: string | undefined,
  current: LakeDocument | null,
  index: number,
) {
  if (expected !== undefined && expected !== current?._rev)
    throw revisionMismatch(docId, expected, current?._rev, index)
}

function missing(description: string, index: number) {
  return mutationError(409, 'documentNotFoundError', description, index)
}

/** The Actions API, which the Studio uses for every edit and publish, as writes to one transaction. */
export function applyActions(tx: Transaction, actions: LakeAction[]): void {
  for (const [index, action] of actions.entries()) {
    switch (action.actionType) {
      case 'sanity.action.document.create': {
        const docId = action.attributes._id
        if (tx.get(docId)) {
          if (action.ifExists === 'ignore') break
          throw mutationError(
            409,
            'documentAlreadyExistsError',
            `Document by ID "${docId}" already exists`,
            index,
            {id: docId},
          )
        }
        replace(tx, docId, action.attributes as LakeDocument)
        break
      }
      case 'sanity.action.document.edit': {
        const patch = action.patch as Record<string, unknown> & {ifRevisionID?: string}
        const draft = tx.get(action.draftId)
        const base = draft ?? tx.get(action.publishedId)
        if (!base)
          throw missing(`Cannot edit "${action.publishedId}": neither it nor its draft exists`, index)
        if (typeof patch.ifRevisionID === 'string') checkRevision(base._id, patch.ifRevisionID, base, index)
        const start = draft ?? withoutSystemFields(base, action.draftId)
        const edited = applyPatch(start, patch)
        tx.put(
          action.draftId,
          edited,
          draft ? {patch: {...patch, id: action.draftId}} : {createOrReplace: edited},
        )
        break
      }
      case 'sanity.action.document.publish': {
        const draft = tx.get(action.draftId)
        const published = tx.get(action.publishedId)
        if (!draft)
          throw missing(`Cannot publish "${action.publishedId}": it has no draft "${action.draftId}"`, index)
        checkRevision(action.draftId, action.ifDraftRevisionId, draft, index)
        checkRevision(action.publishedId, action.ifPublishedRevisionId, published, index)
        replace(tx, action.publishedId, withoutSystemFields(draft, action.publishedId))
        remove(tx, action.draftId)
        break
      }
      case 'sanity.action.document.unpublish': {
        const published = tx.get(action.publishedId)
        if (!published) throw missing(`Cannot unpublish "${action.publishedId}": it is not published`, index)
        if (!tx.get(action.draftId))
          replace(tx, action.draftId, withoutSystemFields(published, action.draftId))
        remove(tx, action.publishedId)
        break
      }
      case 'sanity.action.document.discard': {
        if (!tx.get(action.draftId))
          throw missing(`Cannot discard "${action.draftId}": it does not exist`, index)
        remove(tx, action.draftId)
        break
      }
      case 'sanity.action.document.delete': {
        remove(tx, action.publishedId)
        for (const draftId of action.includeDrafts) remove(tx, draftId)
        break
      }
      case 'sanity.action.document.replaceDraft': {
        replace(tx, action.attributes._id, action.attributes as LakeDocument)
        break
      }
      case 'sanity.action.document.version.create': {
        if (action.document) {
          replace(tx, action.document._id, action.document as LakeDocument)
          break
        }
        if (!action.baseId || !action.versionId)
          throw badRequest('version.create needs either document or baseId and versionId')
        const base = tx.get(action.baseId)
        if (!base) throw missing(`Cannot create a version of "${action.baseId}": it does not exist`, index)
        checkRevision(action.baseId, action.ifBaseRevisionId, base, index)
        replace(tx, action.versionId, withoutSystemFields(base, action.versionId))
        break
      }
      case 'sanity.action.document.version.discard': {
        remove(tx, action.versionId)
        break
      }
      case 'sanity.action.document.version.replace': {
        replace(tx, action.document._id, action.document as LakeDocument)
        break
      }
    }
  }
}

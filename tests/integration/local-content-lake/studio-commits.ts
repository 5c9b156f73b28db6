import type {SanityClient} from '@sanity/client'
import type {BufferedDocument} from '@sanity/mutator'

type StudioMutation = Record<string, Record<string, unknown>>

/**
 * The Studio's `toActions` (sanity 5.31.2): a local create or patch of the draft becomes an
 * Actions API call; a createIfNotExists is left to the edit action, and a commit with nothing
 * else carries the empty-action guard.
 */
export function toActions(publishedId: string, draftId: string, mutations: StudioMutation[]): Record<string, unknown>[] {
  const actions = mutations.flatMap((mutation): Record<string, unknown>[] => {
    if (mutation.createIfNotExists) return []
    if (mutation.create)
      return [{actionType: 'sanity.action.document.create', publishedId, attributes: mutation.create, ifExists: 'fail'}]
    const {id: _id, ...patch} = mutation.patch
    return [{actionType: 'sanity.action.document.edit', draftId, publishedId, patch}]
  })
  return actions.length
    ? actions
    : [{actionType: 'sanity.action.document.edit', draftId, publishedId, patch: {unset: ['_empty_action_guard_pseudo_field_']}}]
}

/** Sends a BufferedDocument's commits as the Studio does: one Actions API request, its transaction id. */
export function commitThroughActions(
  buffered: BufferedDocument,
  client: SanityClient,
  ids: {publishedId: string; draftId: string},
  errors: unknown[],
): void {
  buffered.commitHandler = ({mutation, success, failure, cancel}) => {
    const params = mutation.params as {transactionId: string; mutations: StudioMutation[]}
    client
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      .action(toActions(ids.publishedId, ids.draftId, params.mutations) as any, {transactionId: params.transactionId})
      .then(success, (error: {statusCode?: number}) => {
        errors.push(error)
        // Like the Studio: a 4xx cancels the commit, anything else is retried.
        if ((error.statusCode ?? 0) >= 400 && (error.statusCode ?? 0) <= 500) cancel(error as Error)
        else failure()
      })
  }
}

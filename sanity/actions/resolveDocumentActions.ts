import type {DocumentActionComponent, DocumentActionsContext} from 'sanity'
import {ACKNOWLEDGEABLE_TYPES, AcknowledgeWarningsAction} from '../compliance/AcknowledgeWarningsAction'
import {SCHEDULABLE_TYPES, ScheduleAction} from './ScheduleAction'
import {UnpublishFromDraftsAction} from './UnpublishFromDraftsAction'

export const SINGLETON_TYPES = new Set(['clinicSettings'])

// Clinic settings is one document the whole site reads: it can be published, have its changes
// discarded or an old version restored, never unpublished, duplicated or deleted.
const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore'])

// Actions that need a paid Sanity plan or Sanity's hosted services, so offline (the local Content
// Lake) and on the free plan they can only answer "Unable to perform this action". The workspace
// switches their features off (sanity.config.ts); this keeps them out if a plugin brings them back.
const UNAVAILABLE_ACTIONS = new Set(['schedule', 'unpublishVersion', 'discardVersion', 'linkToCanvas', 'editInCanvas', 'unlinkFromCanvas'])

/** The document menu: Sanity's actions as the workspace resolved them, adjusted for this clinic. */
export function resolveDocumentActions(
  actions: DocumentActionComponent[],
  {schemaType, versionType}: Pick<DocumentActionsContext, 'schemaType' | 'versionType'>,
): DocumentActionComponent[] {
  const available = actions.filter(({action}) => !action || !UNAVAILABLE_ACTIONS.has(action))
  if (SINGLETON_TYPES.has(schemaType)) {
    const kept = available.filter(({action}) => action && SINGLETON_ACTIONS.has(action))
    return ACKNOWLEDGEABLE_TYPES.includes(schemaType) ? [...kept, AcknowledgeWarningsAction] : kept
  }
  // Our Schedule (Sanity's needs a paid plan) comes right after Publish, where editors look for it.
  const withSchedule = SCHEDULABLE_TYPES.includes(schemaType) ? withAfterPublish(available, ScheduleAction) : available
  // Sanity's Unpublish stays for the published view; the draft view gets its own entry.
  const withUnpublish = versionType === 'draft' ? withBeforeDestructive(withSchedule, UnpublishFromDraftsAction) : withSchedule
  return ACKNOWLEDGEABLE_TYPES.includes(schemaType) ? [...withUnpublish, AcknowledgeWarningsAction] : withUnpublish
}

// Keeps Discard changes and Delete last in the menu, as Sanity orders them.
function withBeforeDestructive(actions: DocumentActionComponent[], extra: DocumentActionComponent): DocumentActionComponent[] {
  const firstDestructive = actions.findIndex(({action}) => action === 'discardChanges' || action === 'delete')
  if (firstDestructive === -1) return [...actions, extra]
  return [...actions.slice(0, firstDestructive), extra, ...actions.slice(firstDestructive)]
}

function withAfterPublish(actions: DocumentActionComponent[], extra: DocumentActionComponent): DocumentActionComponent[] {
  const publish = actions.findIndex(({action}) => action === 'publish')
  return publish === -1 ? [...actions, extra] : [...actions.slice(0, publish + 1), extra, ...actions.slice(publish + 1)]
}

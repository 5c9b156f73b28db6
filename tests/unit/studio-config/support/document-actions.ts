// Resolves the document menu the way the Studio does: the structure tool's actions first, then
// the workspace's own resolver (sanity.config.ts). Prints the action names per case as JSON.
// Spawned by document-actions.test.ts: the Sanity package loads in a second under tsx.
import {structureTool} from 'sanity/structure'
import type {DocumentActionComponent, DocumentActionsContext} from 'sanity'
import config from '../../../../sanity/sanity.config'

type Case = {schemaType: string; versionType: DocumentActionsContext['versionType']; extra?: string[]}
type Resolver = (prev: DocumentActionComponent[], context: DocumentActionsContext) => DocumentActionComponent[]

// A stand-in for an action another plugin could add, named as Sanity names its own.
const named = (action: string): DocumentActionComponent => Object.assign(() => null, {action: action as never, displayName: action})

function main() {
  const cases = JSON.parse(process.argv[2] ?? '[]') as Case[]
  const structure = structureTool().document?.actions as Resolver
  const workspace = (config as {document?: {actions?: Resolver}}).document?.actions
  if (typeof structure !== 'function' || typeof workspace !== 'function') throw new Error('No document actions resolver')
  const names = cases.map(({schemaType, versionType, extra = []}) => {
    const context = {schemaType, versionType, documentId: 'doc', releaseId: undefined} as unknown as DocumentActionsContext
    const actions = workspace(structure(extra.map(named), context), context)
    return actions.map((action) => action.displayName ?? action.action ?? action.name)
  })
  const flags = config as unknown as Record<string, unknown>
  process.stdout.write(
    JSON.stringify({
      names,
      workspace: {
        releases: flags.releases,
        scheduledDrafts: flags.scheduledDrafts,
        scheduledPublishing: flags.scheduledPublishing,
        tasks: flags.tasks,
        apps: flags.apps,
        comments: (config as {document?: {comments?: unknown}}).document?.comments,
      },
    }),
  )
}

main()

import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'
import {visionTool} from '@sanity/vision'
import {ACKNOWLEDGEABLE_TYPES, AcknowledgeWarningsAction} from './compliance/AcknowledgeWarningsAction'
import {apiVersion, dataset, localContentLake, projectId, studioBasePath} from './env'
import {presentation} from './presentation'
import {schemaTypes} from './schemaTypes'
import {structure} from './structure'

const SINGLETONS = new Set(['clinicSettings'])

// Keep this file free of named exports: the Sanity CLI ignores the default export otherwise
// (TypeGen then silently produces `never` types).
export default defineConfig({
  name: 'clinic',
  title: 'Clinic blog',
  projectId,
  dataset,
  basePath: studioBasePath,
  // Only with the local Content Lake; otherwise Sanity's own API host and sign-in, as always.
  ...localContentLake,
  schema: {
    types: schemaTypes,
    templates: (templates) => templates.filter(({schemaType}) => !SINGLETONS.has(schemaType)),
  },
  document: {
    actions: (actions, {schemaType}) => {
      const base = SINGLETONS.has(schemaType)
        ? actions.filter(({action}) => action && ['publish', 'discardChanges', 'restore'].includes(action))
        : actions
      return ACKNOWLEDGEABLE_TYPES.includes(schemaType) ? [...base, AcknowledgeWarningsAction] : base
    },
  },
  plugins: [structureTool({structure}), presentation, visionTool({defaultApiVersion: apiVersion})],
})

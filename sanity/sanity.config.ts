import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'
import {visionTool} from '@sanity/vision'
import {SINGLETON_TYPES, resolveDocumentActions} from './actions/resolveDocumentActions'
import {apiVersion, dataset, localContentLake, projectId, studioBasePath} from './env'
import {presentation} from './presentation'
import {schemaTypes} from './schemaTypes'
import {structure} from './structure'

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
    templates: (templates) => templates.filter(({schemaType}) => !SINGLETON_TYPES.has(schemaType)),
  },
  document: {
    actions: resolveDocumentActions,
    // Comments need an add-on dataset that Sanity creates on its servers (and a paid plan).
    comments: {enabled: false},
  },
  // Features that need a paid plan or Sanity's hosted services, so offline and on the free plan
  // they could only fail: releases and scheduled drafts ("Schedule publish"), the older scheduled
  // publishing tool, tasks, and Canvas. They come back when the publishing calendar makes
  // scheduling real.
  releases: {enabled: false},
  scheduledDrafts: {enabled: false},
  scheduledPublishing: {enabled: false},
  tasks: {enabled: false},
  apps: {canvas: {enabled: false}},
  plugins: [structureTool({structure}), presentation, visionTool({defaultApiVersion: apiVersion})],
})

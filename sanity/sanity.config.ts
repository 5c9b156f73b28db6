import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'
import {visionTool} from '@sanity/vision'
import {SINGLETON_TYPES, resolveDocumentActions} from './actions/resolveDocumentActions'
import {apiVersion, dataset, localContentLake, projectId, studioBasePath} from './env'
import {presentation} from './presentation'
import {schemaTypes} from './schemaTypes'
import {structure} from './structure'
import {translations} from './i18n/plugin'
import {settingsTemplateIds} from './i18n/settingsTemplates'

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
    templates: (templates) => templates.filter(({schemaType, id}) => !SINGLETON_TYPES.has(schemaType) || settingsTemplateIds.has(id)),
  },
  document: {
    // The per-language Clinic settings templates exist only for the two fixed documents the
    // structure opens; nobody creates a third from the "Create" menu.
    newDocumentOptions: (items) => items.filter(({templateId}) => !settingsTemplateIds.has(templateId)),
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
  plugins: [structureTool({structure}), presentation, visionTool({defaultApiVersion: apiVersion}), translations],
})

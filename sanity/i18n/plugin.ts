import {documentInternationalization} from '@sanity/document-internationalization'
import {apiVersion} from '../env'
import {SUPPORTED_LANGUAGES, TRANSLATABLE_TYPES} from './languages'

// Translations as documents (#27): each language version is its own document, linked to the
// others by a `translation.metadata` document. References stay weak, as in the starter dataset,
// so an original can still be deleted while a translation exists. Clinic settings are one fixed
// document per language (see structure.ts), so the plugin's "create translation" menu, which
// would make a second settings document under a random id, is hidden there.
export const translations = documentInternationalization({
  supportedLanguages: SUPPORTED_LANGUAGES,
  schemaTypes: [...TRANSLATABLE_TYPES],
  languageField: 'language',
  weakReferences: true,
  apiVersion,
  hideLanguageFilter: ['clinicSettings'],
})

import {defineField} from 'sanity'
// Brings the plugin's `options.documentInternationalization` into Sanity's field option types.
import type {} from '@sanity/document-internationalization'
import {LOCALES} from '../../lib/i18n/locales'
import {SOURCE_LANGUAGE} from './languages'

/**
 * The field @sanity/document-internationalization writes: set when a translation is created (or
 * by the per-language "new document" templates) and never typed by an editor. A document made
 * from the plain "Create" menu is English, as every document before translations was.
 */
export const languageField = () =>
  defineField({
    name: 'language',
    title: 'Language',
    type: 'string',
    readOnly: true,
    hidden: true,
    initialValue: SOURCE_LANGUAGE,
    options: {list: [...LOCALES]},
  })

/**
 * Fields a translation must not inherit from its original: the plugin copies the whole document,
 * but each language version has its own medical review (the reviewer read this text, on this
 * date), its own "what changed" note and its own acknowledged warnings (which name sentences of
 * the original). Editors set them for the translation.
 */
export const notCopiedToTranslation = {documentInternationalization: {exclude: true}}

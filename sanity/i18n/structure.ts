import type {ListItemBuilder, StructureBuilder} from 'sanity/structure'
import {CogIcon, TranslateIcon} from '@sanity/icons'
import {SOURCE_LANGUAGE, SUPPORTED_LANGUAGES, settingsIdFor} from './languages'
import {MISSING_TRANSLATION_FILTER, MISSING_TRANSLATION_PARAMS} from './missingTranslations'
import {settingsTemplateId} from './settingsTemplates'
import {apiVersion} from '../env'

const SETTINGS_TITLE: Record<string, string> = {en: 'Clinic settings', 'zh-Hans': '诊所设置 (Chinese)'}

/** One fixed Clinic settings document per language: "Clinic settings" and "诊所设置 (Chinese)". */
export function settingsListItems(S: StructureBuilder): ListItemBuilder[] {
  return SUPPORTED_LANGUAGES.map(({id}) =>
    S.listItem()
      .title(SETTINGS_TITLE[id] ?? `Clinic settings (${id})`)
      // The English item keeps its id, so /studio/structure/clinicSettings still opens it.
      .id(id === SOURCE_LANGUAGE ? 'clinicSettings' : `clinicSettings-${id}`)
      .icon(CogIcon)
      .child(S.document().schemaType('clinicSettings').documentId(settingsIdFor(id)).initialValueTemplate(settingsTemplateId(id))),
  )
}

/** Documents with no Chinese version yet: where an editor starts a translation. */
export function missingTranslationListItem(S: StructureBuilder): ListItemBuilder {
  return S.listItem()
    .id('missing-translation')
    .title('Missing Chinese translation')
    .icon(TranslateIcon)
    .child(
      S.documentList()
        .id('missing-translation-list')
        .title('Missing Chinese translation')
        .apiVersion(apiVersion)
        .filter(MISSING_TRANSLATION_FILTER)
        .params(MISSING_TRANSLATION_PARAMS)
        .defaultOrdering([{field: '_type', direction: 'asc'}]),
    )
}

/** A list of one type's documents in each language; "new" there makes a document in that language. */
export function languageListItems(S: StructureBuilder, type: string, plural: string): ListItemBuilder[] {
  return SUPPORTED_LANGUAGES.map(({id, title}) =>
    S.listItem()
      .id(`${type}-${id}`)
      .title(id === SOURCE_LANGUAGE ? `${plural} in ${title}` : `${plural} in Chinese (${title})`)
      .schemaType(type)
      .child(
        S.documentList()
          .id(`${type}-${id}-list`)
          .title(`${plural}: ${title}`)
          .schemaType(type)
          .apiVersion(apiVersion)
          .filter('_type == $type && coalesce(language, $sourceLanguage) == $language')
          .params({type, language: id, sourceLanguage: SOURCE_LANGUAGE})
          .initialValueTemplates([S.initialValueTemplateItem(`${type}-${id}`)]),
      ),
  )
}

import {SOURCE_LANGUAGE, TRANSLATABLE_TYPES, TRANSLATION_LANGUAGE} from './languages'

// Documents of the translatable types, in the source language, that no translation metadata links
// to a version in the translation language. The metadata references the published id, so a
// draft counts as translated when its published id is.
const TRANSLATED_SOURCES = `*[_type == "translation.metadata" && defined(translations[_key == $translationLanguage][0].value._ref)].translations[_key != $translationLanguage].value._ref`

export const MISSING_TRANSLATION_FILTER = `_type in $types &&
  coalesce(language, $sourceLanguage) == $sourceLanguage &&
  !(string::split(_id, "drafts.")[-1] in ${TRANSLATED_SOURCES})`

export const MISSING_TRANSLATION_PARAMS = {
  types: [...TRANSLATABLE_TYPES],
  sourceLanguage: SOURCE_LANGUAGE,
  translationLanguage: TRANSLATION_LANGUAGE,
}

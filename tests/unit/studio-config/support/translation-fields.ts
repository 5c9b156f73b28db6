// Compiles the Studio schema as the Studio does and prints, per translatable type, what the
// translation plugin reads: the language field and the fields it leaves out of a new translation
// (`options.documentInternationalization.exclude`), plus the slug's uniqueness check.
// Spawned by translations.test.ts: the Sanity package loads in a second under tsx.
import {createSchema, type ObjectSchemaType} from 'sanity'
import {schemaTypes} from '../../../../sanity/schemaTypes'
import {TRANSLATABLE_TYPES} from '../../../../sanity/i18n/languages'
import {isUniqueInLanguage} from '../../../../sanity/i18n/slugIsUnique'

const schema = createSchema({name: 'translation-fields', types: schemaTypes})
const out: Record<string, unknown> = {}
for (const name of TRANSLATABLE_TYPES) {
  const type = schema.get(name) as ObjectSchemaType
  const language = type.fields.find((f) => f.name === 'language')?.type as
    | (ObjectSchemaType & {hidden?: unknown; readOnly?: unknown; initialValue?: unknown})
    | undefined
  const slug = type.fields.find((f) => f.name === 'slug')?.type as {options?: {isUnique?: unknown}} | undefined
  out[name] = {
    language: language && {jsonType: language.jsonType, hidden: language.hidden, readOnly: language.readOnly, initialValue: language.initialValue},
    excluded: type.fields
      .filter((f) => (f.type.options as {documentInternationalization?: {exclude?: boolean}} | undefined)?.documentInternationalization?.exclude === true)
      .map((f) => f.name),
    slugUniquePerLanguage: slug ? slug.options?.isUnique === isUniqueInLanguage : null,
  }
}
process.stdout.write(JSON.stringify(out))

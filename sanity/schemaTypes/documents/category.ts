import {defineField, defineType} from 'sanity'
import {complianceValidation} from '../../compliance/validation'
import {complianceAcknowledgementsField} from '../objects/complianceAcknowledgement'
import {languageField} from '../../i18n/languageField'
import {isUniqueInLanguage} from '../../i18n/slugIsUnique'
import {TagIcon} from '@sanity/icons'

export const category = defineType({
  name: 'category',
  title: 'Category',
  type: 'document',
  icon: TagIcon,
  fields: [
    languageField(),
    defineField({name: 'title', title: 'Name', type: 'string', validation: (rule) => rule.required()}),
    defineField({
      name: 'slug',
      title: 'Address',
      type: 'slug',
      options: {source: 'title', maxLength: 64, isUnique: isUniqueInLanguage},
      description: 'The end of the category URL, for example "skin-care".',
      validation: (rule) => rule.required(),
    }),
    defineField({name: 'description', title: 'Description', type: 'text', rows: 2, description: 'Shown at the top of the category page.'}),

    complianceAcknowledgementsField(),
  ],
  // Health-advertising checks (lib/compliance) and readability, as on posts.
  validation: complianceValidation,
})

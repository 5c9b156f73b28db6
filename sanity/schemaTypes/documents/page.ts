import {defineField, defineType} from 'sanity'
import {DocumentIcon} from '@sanity/icons'
import {complianceValidation} from '../../compliance/validation'
import {complianceAcknowledgementsField} from '../objects/complianceAcknowledgement'
import {formatListDate} from '../listDate'
import {languageField, notCopiedToTranslation} from '../../i18n/languageField'
import {isUniqueInLanguage} from '../../i18n/slugIsUnique'

// Standing pages about the site itself (the editorial policy, about our content), shown at
// /about/<address> so they can never take a post, treatment or other route's address.
export const page = defineType({
  name: 'page',
  title: 'Page',
  type: 'document',
  icon: DocumentIcon,
  fields: [
    languageField(),
    defineField({name: 'title', title: 'Title', type: 'string', validation: (rule) => rule.required().max(110)}),
    defineField({
      name: 'slug',
      title: 'Address',
      type: 'slug',
      options: {source: 'title', maxLength: 96, isUnique: isUniqueInLanguage},
      description: 'The end of the page URL, after /about/, for example "editorial-policy".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 2,
      description: 'One sentence for search results and link previews.',
      validation: (rule) => rule.max(300),
    }),
    defineField({
      name: 'body',
      title: 'Body',
      type: 'blockContent',
      description: 'Start sections with Heading 2: the title above is the page\'s only Heading 1.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'lastUpdatedAt',
      title: 'Last updated',
      type: 'date',
      description: 'Shown on the page. Change it when the substance of the page changes.',
      options: notCopiedToTranslation,
      validation: (rule) => rule.required(),
    }),
    complianceAcknowledgementsField(),
  ],
  // The same health-advertising checks as posts: these pages are part of the clinic's site.
  validation: complianceValidation,
  preview: {
    select: {title: 'title', lastUpdatedAt: 'lastUpdatedAt'},
    prepare: ({title, lastUpdatedAt}) => ({title, subtitle: formatListDate(lastUpdatedAt)}),
  },
})

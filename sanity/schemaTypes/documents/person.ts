import {defineField, defineType} from 'sanity'
import {complianceValidation} from '../../compliance/validation'
import {complianceAcknowledgementsField} from '../objects/complianceAcknowledgement'
import {languageField} from '../../i18n/languageField'
import {isUniqueInLanguage} from '../../i18n/slugIsUnique'
import {UserIcon} from '@sanity/icons'

// Authors and medical reviewers. The SMC does not recognise aesthetic medicine as a specialty,
// so bylines carry registered qualifications, never titles like "aesthetic physician".
export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  icon: UserIcon,
  fields: [
    languageField(),
    defineField({name: 'name', title: 'Full name', type: 'string', validation: (rule) => rule.required()}),
    defineField({
      name: 'slug',
      title: 'Profile address',
      type: 'slug',
      options: {source: 'name', maxLength: 96, isUnique: isUniqueInLanguage},
      description: 'The end of the profile URL, for example "dr-tan-wei-ling".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'role',
      title: 'Role at the clinic',
      type: 'string',
      description: 'For example "Resident doctor" or "Patient education writer".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'qualifications',
      title: 'Registered qualifications',
      type: 'string',
      description:
        'As registered with the Singapore Medical Council, for example "MBBS (Singapore), MRCP (UK)". Do not use "aesthetic physician" or similar titles.',
    }),
    defineField({
      name: 'isDoctor',
      title: 'Registered doctor',
      type: 'boolean',
      initialValue: false,
      description: 'Tick for doctors. Only doctors can be chosen as medical reviewers.',
    }),
    defineField({name: 'bio', title: 'Short biography', type: 'simpleBlockContent', description: 'A few factual sentences.'}),
    defineField({name: 'photo', title: 'Photo', type: 'accessibleImage'}),

    complianceAcknowledgementsField(),
  ],
  // Health-advertising checks (lib/compliance) and readability, as on posts.
  validation: complianceValidation,
  preview: {select: {title: 'name', subtitle: 'role', media: 'photo'}},
})

import {defineArrayMember, defineField, defineType} from 'sanity'
import {complianceValidation} from '../../compliance/validation'
import {complianceAcknowledgementsField} from '../objects/complianceAcknowledgement'
import {CogIcon} from '@sanity/icons'
import {languageField} from '../../i18n/languageField'
import {SOURCE_LANGUAGE} from '../../i18n/languages'

const DAYS = [
  {title: 'Monday', value: 'Monday'},
  {title: 'Tuesday', value: 'Tuesday'},
  {title: 'Wednesday', value: 'Wednesday'},
  {title: 'Thursday', value: 'Thursday'},
  {title: 'Friday', value: 'Friday'},
  {title: 'Saturday', value: 'Saturday'},
  {title: 'Sunday', value: 'Sunday'},
]
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

export const clinicSettings = defineType({
  name: 'clinicSettings',
  title: 'Clinic settings',
  type: 'document',
  icon: CogIcon,
  fields: [
    languageField(),
    defineField({
      name: 'clinicName',
      title: 'Clinic name as licensed',
      type: 'string',
      description: 'Exactly as on the MOH licence.',
      validation: (rule) => rule.required(),
    }),
    defineField({name: 'tagline', title: 'Short description', type: 'string', description: 'A factual line under the clinic name.'}),
    defineField({
      name: 'address',
      title: 'Address',
      type: 'object',
      validation: (rule) => rule.required(),
      fields: [
        defineField({name: 'street', title: 'Street and building', type: 'string', validation: (rule) => rule.required()}),
        defineField({name: 'unit', title: 'Unit', type: 'string', description: 'For example "#03-12".'}),
        defineField({
          name: 'postalCode',
          title: 'Postal code',
          type: 'string',
          validation: (rule) => rule.required().regex(/^\d{6}$/, {name: 'six-digit postal code'}),
        }),
        defineField({name: 'country', title: 'Country', type: 'string', initialValue: 'Singapore'}),
        defineField({name: 'mapUrl', title: 'Map link', type: 'url', description: 'A link that opens the clinic in a maps app.'}),
      ],
    }),
    defineField({name: 'phone', title: 'Phone', type: 'string', description: 'For example "+65 6123 4567".', validation: (rule) => rule.required()}),
    defineField({
      name: 'whatsapp',
      title: 'WhatsApp number',
      type: 'string',
      description: 'With country code, for example "+65 9123 4567".',
      validation: (rule) => rule.required(),
    }),
    defineField({name: 'email', title: 'Email', type: 'string', validation: (rule) => rule.required().email()}),
    defineField({
      name: 'openingHours',
      title: 'Opening hours',
      type: 'array',
      of: [
        defineArrayMember({
          type: 'object',
          name: 'openingHoursSlot',
          fields: [
            defineField({name: 'days', title: 'Days', type: 'array', of: [{type: 'string'}], options: {list: DAYS}, validation: (rule) => rule.required().min(1)}),
            defineField({name: 'opens', title: 'Opens', type: 'string', description: '24-hour time, for example 09:30.', validation: (rule) => rule.required().regex(TIME, {name: 'HH:MM'})}),
            defineField({name: 'closes', title: 'Closes', type: 'string', description: '24-hour time, for example 18:00.', validation: (rule) => rule.required().regex(TIME, {name: 'HH:MM'})}),
          ],
          preview: {
            select: {days: 'days', opens: 'opens', closes: 'closes'},
            prepare: ({days, opens, closes}) => ({title: `${(days ?? []).join(', ')}: ${opens}–${closes}`}),
          },
        }),
      ],
      validation: (rule) => rule.required().min(1),
    }),
    defineField({
      name: 'closures',
      title: 'Closures',
      type: 'array',
      description: 'Public holidays and other days the clinic is closed.',
      of: [
        defineArrayMember({
          type: 'object',
          name: 'closure',
          fields: [
            defineField({name: 'date', title: 'Date', type: 'date', validation: (rule) => rule.required()}),
            defineField({name: 'label', title: 'Reason', type: 'string', description: 'For example "Chinese New Year".'}),
          ],
          preview: {select: {title: 'label', subtitle: 'date'}},
        }),
      ],
    }),
    defineField({
      name: 'dpo',
      title: 'Data Protection Officer',
      type: 'object',
      description: 'The PDPA contact shown on the privacy notice and the booking form.',
      validation: (rule) => rule.required(),
      fields: [
        defineField({name: 'name', title: 'Name or title', type: 'string', validation: (rule) => rule.required()}),
        defineField({name: 'email', title: 'Email', type: 'string', validation: (rule) => rule.required().email()}),
        defineField({name: 'phone', title: 'Phone', type: 'string'}),
      ],
    }),
    // The Chinese privacy notice is a page of its own (/zh/privacy), not part of the Chinese settings.
    defineField({
      name: 'privacyNotice',
      title: 'Privacy notice',
      type: 'simpleBlockContent',
      hidden: ({document}) => (document?.language ?? SOURCE_LANGUAGE) !== SOURCE_LANGUAGE,
      validation: (rule) =>
        rule.custom((value, context) =>
          (context.document?.language ?? SOURCE_LANGUAGE) !== SOURCE_LANGUAGE || (Array.isArray(value) && value.length > 0) ? true : 'Required',
        ),
    }),
    defineField({
      name: 'disclaimer',
      title: 'Medical disclaimer',
      type: 'simpleBlockContent',
      description: 'Shown at the end of posts that ask for it.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'enquiryRetentionMonths',
      title: 'Keep enquiries for (months)',
      type: 'number',
      initialValue: 12,
      description: 'Enquiries older than this are deleted automatically (PDPA s25).',
      validation: (rule) => rule.required().integer().min(1).max(120),
    }),
    defineField({
      name: 'reviewIntervalMonths',
      title: 'Medical review interval (months)',
      type: 'number',
      initialValue: 12,
      description:
        'How often posts and treatments are medically reviewed. Pages show readers "Next review due" (last review plus this interval); once that date passes they say the page is being reviewed.',
      validation: (rule) => rule.integer().min(1).max(60),
    }),
    defineField({
      name: 'editorialPolicy',
      title: 'Editorial policy page',
      type: 'reference',
      to: [{type: 'page'}],
      description: 'The page explaining how content is written, reviewed, sourced and corrected. Every byline links to it.',
    }),
    defineField({
      name: 'readabilityTargets',
      title: 'Readability targets',
      type: 'object',
      description:
        'Plain language for patients reading on phones. Posts and treatments show a readability warning beside the compliance findings when their body text misses these.',
      fields: [
        defineField({name: 'maxGrade', title: 'Highest reading grade', type: 'number', initialValue: 8, description: 'Flesch-Kincaid grade of body text. 8 or below is the usual target for health information.', validation: (rule) => rule.min(3).max(16)}),
        defineField({name: 'maxParagraphWords', title: 'Longest paragraph (words)', type: 'number', initialValue: 80, validation: (rule) => rule.integer().min(20).max(300)}),
        defineField({name: 'maxSentenceWords', title: 'Longest sentence (words)', type: 'number', initialValue: 25, validation: (rule) => rule.integer().min(8).max(80)}),
        defineField({name: 'maxChineseSentenceCharacters', title: 'Chinese: average sentence length (characters)', type: 'number', initialValue: 30, description: 'For Chinese text: the average number of characters between full stops (。！？). 30 or fewer reads comfortably on a phone.', validation: (rule) => rule.integer().min(10).max(100)}),
        defineField({name: 'maxChineseUncommonPercent', title: 'Chinese: uncommon characters (%)', type: 'number', initialValue: 5, description: 'For Chinese text: the highest share of characters outside the 3,500 most common ones. Medical terms such as 痤疮 count as uncommon; explain them in everyday words.', validation: (rule) => rule.min(0).max(50)}),
      ],
    }),
    defineField({
      name: 'searchSynonyms',
      title: 'Search synonyms',
      type: 'array',
      description:
        'Words patients use for the same thing. A search for any word or phrase in a group also finds pages that use the others, for example "sunblock" and "sunscreen", or "acne scars" and "scarring". The staff area\'s search insights show which words patients searched for and did not find.',
      of: [
        defineArrayMember({
          type: 'object',
          name: 'searchSynonymGroup',
          title: 'Words that mean the same',
          fields: [
            defineField({
              name: 'terms',
              title: 'Words or phrases',
              type: 'array',
              of: [{type: 'string'}],
              options: {layout: 'tags'},
              description: 'Type a word or short phrase and press Enter; add at least two.',
              validation: (rule) => rule.required().min(2).unique(),
            }),
          ],
          preview: {
            select: {terms: 'terms'},
            prepare: ({terms}: {terms?: string[]}) => ({title: (terms ?? []).join(' = ') || 'Empty group'}),
          },
        }),
      ],
    }),
    complianceAcknowledgementsField(),
  ],
  // Health-advertising checks (lib/compliance) and readability, as on posts.
  validation: complianceValidation,
  preview: {prepare: () => ({title: 'Clinic settings'})},
})

import {defineArrayMember, defineField, defineType} from 'sanity'
import {acknowledgementHygiene, complianceValidation} from '../../compliance/validation'
import {ActivityIcon} from '@sanity/icons'
import {emptyBooleanShownAs} from '../inputs/emptyBooleanShownAs'
import {referencesField} from '../objects/sources'
import {languageField, notCopiedToTranslation} from '../../i18n/languageField'
import {isUniqueInLanguage} from '../../i18n/slugIsUnique'

// A unit typed in means the editor is giving a price. The GST box alone does not: older forms set
// it on every new treatment, and the site shows no price without an amount.
const priceStarted = (price: unknown) =>
  typeof (price as {unit?: unknown} | undefined)?.unit === 'string' && (price as {unit: string}).unit.trim() !== ''

const plainText = (name: string, title: string, description: string) =>
  defineField({name, title, type: 'text', rows: 4, description, validation: (rule) => rule.required()})

export const treatment = defineType({
  name: 'treatment',
  title: 'Treatment',
  type: 'document',
  icon: ActivityIcon,
  fields: [
    languageField(),
    defineField({name: 'name', title: 'Name', type: 'string', validation: (rule) => rule.required()}),
    defineField({
      name: 'slug',
      title: 'Address',
      type: 'slug',
      options: {source: 'name', maxLength: 96, isUnique: isUniqueInLanguage},
      description: 'The end of the treatment URL, for example "chemical-peel".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 3,
      description: 'One or two factual sentences for cards and search results.',
      validation: (rule) => rule.required().max(300),
    }),
    defineField({name: 'coverImage', title: 'Image', type: 'accessibleImage'}),
    defineField({name: 'body', title: 'What it is', type: 'blockContent', description: 'The main description of the treatment.'}),
    plainText('howPerformed', 'How it is performed', 'The steps of a session, in plain words.'),
    plainText('whoItSuits', 'Who it suits', 'Skin concerns and people it is suitable for, and who should avoid it.'),
    plainText('preparation', 'Preparation', 'What to do (or stop doing) before the session.'),
    defineField({
      name: 'downtime',
      title: 'Downtime',
      type: 'string',
      description: 'Typical recovery, for example "2 to 4 days of redness and flaking".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'risks',
      title: 'Risks and side effects',
      type: 'array',
      of: [defineArrayMember({type: 'string'})],
      description: 'One risk or side effect per line.',
      validation: (rule) => rule.required().min(1),
    }),
    defineField({
      name: 'sessions',
      title: 'Typical number of sessions',
      type: 'string',
      description: 'For example "3 to 6 sessions, about 4 weeks apart". Do not promise results.',
      validation: (rule) => rule.required(),
    }),
    plainText('aftercare', 'Aftercare', 'What to do after the session.'),
    defineField({name: 'faqs', title: 'Questions and answers', type: 'array', of: [defineArrayMember({type: 'faqItem'})]}),
    defineField({
      name: 'procedureType',
      title: 'Procedure type',
      type: 'string',
      options: {
        list: [
          {title: 'Non-invasive (on the skin surface)', value: 'NoninvasiveProcedure'},
          {title: 'Percutaneous (through the skin)', value: 'PercutaneousProcedure'},
          {title: 'Surgical', value: 'SurgicalProcedure'},
        ],
      },
      description: 'Used for search engines (schema.org MedicalProcedure).',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'reviewer',
      title: 'Medically reviewed by',
      type: 'reference',
      to: [{type: 'person'}],
      options: {filter: 'isDoctor == true', ...notCopiedToTranslation},
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'lastReviewedAt',
      title: 'Last medically reviewed',
      type: 'date',
      options: notCopiedToTranslation,
      validation: (rule) => rule.required(),
    }),
    referencesField(),
    defineField({
      name: 'price',
      title: 'Exact price (optional)',
      type: 'object',
      description:
        'Only an exact price may be shown (MOH): no "from", "as low as", packages or time-limited offers.',
      fields: [
        defineField({
          name: 'amount',
          title: 'Amount in SGD',
          type: 'number',
          validation: (rule) =>
            rule
              .custom<number>((amount, context) =>
                amount === undefined && priceStarted(context.parent) ? 'Enter the amount, or clear the price.' : true,
              )
              .min(0),
        }),
        defineField({name: 'unit', title: 'Per', type: 'string', description: 'For example "per session".'}),
        // No initial value: it would create a price on every new treatment. The site reads empty
        // as "includes GST", and the box shows it that way.
        defineField({name: 'includesGst', title: 'Includes GST', type: 'boolean', components: {input: emptyBooleanShownAs(true)}}),
      ],
    }),
    defineField({
      name: 'relatedPosts',
      title: 'Related posts',
      type: 'array',
      of: [defineArrayMember({type: 'reference', to: [{type: 'post'}]})],
      validation: (rule) => rule.unique(),
    }),
    defineField({name: 'seo', title: 'Search and sharing', type: 'seo'}),
    defineField({
      name: 'complianceAcknowledgements',
      title: 'Acknowledged compliance warnings',
      type: 'array',
      of: [defineArrayMember({type: 'complianceAcknowledgement'})],
      options: notCopiedToTranslation,
      description: 'Warnings an editor judged acceptable, with the reason. Errors cannot be acknowledged.',
      validation: (rule) => rule.custom(acknowledgementHygiene).warning(),
    }),
  ],
  // Health-advertising checks (lib/compliance): errors block publishing, warnings need a decision.
  validation: complianceValidation,
  preview: {select: {title: 'name', subtitle: 'summary', media: 'coverImage'}},
})

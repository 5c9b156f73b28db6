import {defineArrayMember, defineField, defineType} from 'sanity'
import {acknowledgementHygiene, complianceValidation} from '../../compliance/validation'
import {imageChosen} from '../objects/accessibleImage'
import {formatListDate, scheduleSubtitle} from '../listDate'
import {CLINIC_TIME_ZONE} from '../../../lib/singapore-time'
import {referencesField} from '../objects/sources'
import {DocumentTextIcon} from '@sanity/icons'
import {languageField, notCopiedToTranslation} from '../../i18n/languageField'
import {isUniqueInLanguage} from '../../i18n/slugIsUnique'

export const post = defineType({
  name: 'post',
  title: 'Post',
  type: 'document',
  icon: DocumentTextIcon,
  groups: [
    {name: 'content', title: 'Content', default: true},
    {name: 'trust', title: 'Authors and review'},
    {name: 'links', title: 'Related'},
    {name: 'seo', title: 'Search and sharing'},
  ],
  fields: [
    languageField(),
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'content',
      description: 'Promise only what the post delivers; a question works well ("Can you close pores permanently?").',
      validation: (rule) => rule.required().max(110),
    }),
    defineField({
      name: 'slug',
      title: 'Address',
      type: 'slug',
      group: 'content',
      options: {source: 'title', maxLength: 96, isUnique: isUniqueInLanguage},
      description: 'The end of the post URL. Changing it after publishing breaks shared links.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'excerpt',
      title: 'Excerpt',
      type: 'text',
      rows: 3,
      group: 'content',
      description: 'One or two sentences shown in lists and under the title.',
      validation: (rule) => rule.required().max(300),
    }),
    defineField({
      name: 'coverImage',
      title: 'Cover image',
      type: 'accessibleImage',
      group: 'content',
      validation: (rule) => rule.custom(imageChosen('Choose a cover image.')),
    }),
    defineField({name: 'body', title: 'Body', type: 'blockContent', group: 'content', validation: (rule) => rule.required()}),
    defineField({
      name: 'categories',
      title: 'Categories',
      type: 'array',
      group: 'content',
      of: [defineArrayMember({type: 'reference', to: [{type: 'category'}]})],
      validation: (rule) => rule.required().min(1).unique(),
    }),
    defineField({
      name: 'author',
      title: 'Author',
      type: 'reference',
      group: 'trust',
      to: [{type: 'person'}],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'medicalReviewer',
      title: 'Medically reviewed by',
      type: 'reference',
      group: 'trust',
      to: [{type: 'person'}],
      options: {filter: 'isDoctor == true', ...notCopiedToTranslation},
      description: 'The doctor who checked the medical facts. Shown as "Medically reviewed by".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'publishedAt',
      title: 'Published',
      type: 'datetime',
      group: 'trust',
      description:
        'Shown on the post as its date, in Singapore time. A time still ahead keeps the post off the site until then: use "Schedule" in the publish menu to set it.',
      options: {displayTimeZone: CLINIC_TIME_ZONE, allowTimeZoneSwitch: false},
      initialValue: () => new Date().toISOString(),
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'takeDownAt',
      title: 'Take down at',
      type: 'datetime',
      group: 'trust',
      description:
        'Optional, in Singapore time. From this time the post is off the site (for a closure notice or a time-limited article); it stays here, and clearing the field puts it back once published.',
      options: {displayTimeZone: CLINIC_TIME_ZONE, allowTimeZoneSwitch: false},
      validation: (rule) =>
        rule.custom((value, context) => {
          const published = (context.document as {publishedAt?: string} | undefined)?.publishedAt
          return !value || !published || Date.parse(value) > Date.parse(published) ? true : 'Take down at must be after the published time.'
        }),
    }),
    defineField({
      name: 'lastReviewedAt',
      title: 'Last medically reviewed',
      type: 'date',
      group: 'trust',
      description: 'The date of the most recent medical review. Posts older than 12 months appear in "Review due".',
      options: notCopiedToTranslation,
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'changeNote',
      title: 'What changed',
      type: 'text',
      rows: 2,
      group: 'trust',
      options: notCopiedToTranslation,
      description:
        'Fill in when you publish a medically meaningful update (new advice, a corrected fact), for example "Updated the advice on sunscreen amount after new guidance." Shown to readers with the date below. Leave empty for wording fixes.',
    }),
    defineField({
      name: 'changedAt',
      title: 'Date of that change',
      type: 'date',
      group: 'trust',
      description: 'The day the change described in "What changed" was published.',
      options: notCopiedToTranslation,
      validation: (rule) =>
        rule.custom((changedAt, context) =>
          (context.document as {changeNote?: string} | undefined)?.changeNote?.trim() && !changedAt ? 'Give the date of the change.' : true,
        ),
    }),
    referencesField('trust'),
    defineField({
      name: 'showDisclaimer',
      title: 'Show the clinic disclaimer',
      type: 'boolean',
      group: 'trust',
      initialValue: true,
      description: 'Adds the medical disclaimer from Clinic settings at the end of the post.',
    }),
    defineField({
      name: 'relatedPosts',
      title: 'Related posts',
      type: 'array',
      group: 'links',
      of: [defineArrayMember({type: 'reference', to: [{type: 'post'}]})],
      description: 'Shown after the post. Leave empty to show posts from the same category.',
      validation: (rule) => rule.unique().max(4),
    }),
    defineField({
      name: 'relatedTreatments',
      title: 'Treatment details',
      type: 'array',
      group: 'links',
      of: [defineArrayMember({type: 'reference', to: [{type: 'treatment'}]})],
      description: 'Shown as cards with a "Book a consultation" button after the post.',
      validation: (rule) => rule.unique().max(4),
    }),
    defineField({name: 'seo', title: 'Search and sharing', type: 'seo', group: 'seo'}),
    defineField({
      name: 'complianceAcknowledgements',
      title: 'Acknowledged compliance warnings',
      type: 'array',
      group: 'trust',
      of: [defineArrayMember({type: 'complianceAcknowledgement'})],
      options: notCopiedToTranslation,
      description: 'Warnings an editor judged acceptable, with the reason. Errors cannot be acknowledged.',
      validation: (rule) => rule.custom(acknowledgementHygiene).warning(),
    }),
  ],
  orderings: [{title: 'Newest first', name: 'publishedDesc', by: [{field: 'publishedAt', direction: 'desc'}]}],
  // Health-advertising checks (lib/compliance): errors block publishing, warnings need a decision.
  validation: complianceValidation,
  preview: {
    select: {title: 'title', publishedAt: 'publishedAt', takeDownAt: 'takeDownAt', media: 'coverImage'},
    prepare: ({title, publishedAt, takeDownAt, media}) => ({title, subtitle: scheduleSubtitle(publishedAt, takeDownAt) ?? formatListDate(publishedAt), media}),
  },
})

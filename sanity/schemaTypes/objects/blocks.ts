import {defineArrayMember, defineField, defineType} from 'sanity'
import {imageChosen} from './accessibleImage'

export const callout = defineType({
  name: 'callout',
  title: 'Callout',
  type: 'object',
  fields: [
    defineField({
      name: 'tone',
      title: 'Kind',
      type: 'string',
      options: {
        list: [
          {title: 'Note', value: 'note'},
          {title: 'Tip', value: 'tip'},
          {title: 'Caution', value: 'caution'},
        ],
        layout: 'radio',
      },
      initialValue: 'note',
      description: 'Caution is for safety information, such as when to see a doctor.',
    }),
    defineField({name: 'title', title: 'Heading', type: 'string', description: 'Optional short heading.'}),
    defineField({
      name: 'text',
      title: 'Text',
      type: 'text',
      rows: 4,
      description: 'What the box says. Plain text.',
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {select: {title: 'title', subtitle: 'text'}},
})

export const treatmentCard = defineType({
  name: 'treatmentCard',
  title: 'Treatment card',
  type: 'object',
  fields: [
    defineField({
      name: 'treatment',
      title: 'Treatment',
      type: 'reference',
      to: [{type: 'treatment'}],
      description: 'Shows the treatment summary with a link to its page.',
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {select: {title: 'treatment.name'}, prepare: ({title}) => ({title: `Treatment: ${title ?? ''}`})},
})

export const faqBlock = defineType({
  name: 'faqBlock',
  title: 'Questions and answers',
  type: 'object',
  fields: [
    defineField({name: 'title', title: 'Heading', type: 'string', description: 'Optional, for example "Common questions".'}),
    defineField({
      name: 'items',
      title: 'Questions',
      type: 'array',
      of: [defineArrayMember({type: 'faqItem'})],
      validation: (rule) => rule.required().min(1),
    }),
  ],
  preview: {select: {title: 'title'}, prepare: ({title}) => ({title: title || 'Questions and answers'})},
})

// The rich text used by posts and treatments. H1 is the page title, so bodies start at H2.
export const blockContent = defineType({
  name: 'blockContent',
  title: 'Rich text',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      // The Studio names a paragraph by this title in its validation list ("Body / Text").
      title: 'Text',
      styles: [
        {title: 'Paragraph', value: 'normal'},
        {title: 'Heading 2', value: 'h2'},
        {title: 'Heading 3', value: 'h3'},
        {title: 'Heading 4', value: 'h4'},
      ],
      lists: [
        {title: 'Bullets', value: 'bullet'},
        {title: 'Numbered', value: 'number'},
      ],
      marks: {
        decorators: [
          {title: 'Bold', value: 'strong'},
          {title: 'Italic', value: 'em'},
        ],
        annotations: [defineArrayMember({type: 'link'}), defineArrayMember({type: 'internalLink'}), defineArrayMember({type: 'citation'})],
      },
    }),
    defineArrayMember({type: 'accessibleImage', validation: (rule) => rule.custom(imageChosen('Choose an image, or remove this block.'))}),
    defineArrayMember({type: 'callout'}),
    defineArrayMember({type: 'treatmentCard'}),
    defineArrayMember({type: 'faqBlock'}),
  ],
})

// Short rich text (bios, notices): paragraphs, lists, bold/italic and links only.
export const simpleBlockContent = defineType({
  name: 'simpleBlockContent',
  title: 'Text',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      // The Studio names a paragraph by this title in its validation list ("Body / Text").
      title: 'Text',
      styles: [{title: 'Paragraph', value: 'normal'}, {title: 'Heading 3', value: 'h3'}],
      lists: [{title: 'Bullets', value: 'bullet'}],
      marks: {
        decorators: [
          {title: 'Bold', value: 'strong'},
          {title: 'Italic', value: 'em'},
        ],
        annotations: [defineArrayMember({type: 'link'})],
      },
    }),
  ],
})

import {defineField, defineType} from 'sanity'

// Reg 16 makes the clinic answerable for the sites it links to, so every outbound link
// carries an editor's explicit review mark.
export const externalLink = defineType({
  name: 'link',
  title: 'External link',
  type: 'object',
  fields: [
    defineField({
      name: 'href',
      title: 'URL',
      type: 'url',
      description: 'The full address, starting with https://.',
      validation: (rule) => rule.required().uri({scheme: ['http', 'https', 'mailto', 'tel']}),
    }),
    defineField({
      name: 'reviewed',
      title: 'I have checked this site',
      type: 'boolean',
      initialValue: false,
      description:
        'Tick once you have checked that the linked page has no testimonials, before/after photos or promotions (reg 16).',
    }),
  ],
})

export const internalLink = defineType({
  name: 'internalLink',
  title: 'Link to a post or treatment',
  type: 'object',
  fields: [
    defineField({
      name: 'reference',
      title: 'Page',
      type: 'reference',
      to: [{type: 'post'}, {type: 'treatment'}],
      description: 'The post or treatment page this text links to.',
      validation: (rule) => rule.required(),
    }),
  ],
})

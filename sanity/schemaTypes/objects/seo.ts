import {defineField, defineType} from 'sanity'

export const seo = defineType({
  name: 'seo',
  title: 'Search and sharing',
  type: 'object',
  options: {collapsible: true, collapsed: true},
  fields: [
    defineField({
      name: 'title',
      title: 'Search title',
      type: 'string',
      description: 'Shown in Google results and browser tabs. Leave empty to use the page title.',
      validation: (rule) => rule.max(70).warning('Search engines cut titles after about 60 characters.'),
    }),
    defineField({
      name: 'description',
      title: 'Search description',
      type: 'text',
      rows: 3,
      description: 'One or two plain sentences for search results. Leave empty to use the excerpt.',
      validation: (rule) => rule.max(170).warning('Search engines cut descriptions after about 160 characters.'),
    }),
    defineField({
      name: 'image',
      title: 'Social image',
      type: 'accessibleImage',
      description: 'Shown when the page is shared. Leave empty for a generated card.',
    }),
  ],
})

import {defineField, defineType} from 'sanity'

// Every image on the site needs alt text (WCAG 1.1.1), and patient-result photos are
// forbidden outright by reg 5 of the Healthcare Services (Advertisement) Regulations 2021.
export const accessibleImage = defineType({
  name: 'accessibleImage',
  title: 'Image',
  type: 'image',
  options: {hotspot: true},
  fields: [
    defineField({
      name: 'alt',
      title: 'Alternative text',
      type: 'string',
      description:
        'Describe what the image shows for readers who cannot see it, in one sentence. Required.',
      validation: (rule) => rule.required().min(5).max(200),
    }),
    defineField({
      name: 'caption',
      title: 'Caption',
      type: 'string',
      description: 'Optional text shown under the image.',
    }),
    defineField({
      name: 'depictsPatientResult',
      title: 'Shows a patient result (before/after or after-only)',
      type: 'boolean',
      initialValue: false,
      description:
        'Tick if this image shows how a patient looked before or after a treatment. Such images are not allowed in clinic advertising, so a ticked image blocks publishing.',
    }),
  ],
})

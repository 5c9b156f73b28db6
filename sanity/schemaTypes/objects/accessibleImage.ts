import {defineField, defineType, type CustomValidator} from 'sanity'
import {emptyBooleanShownAs} from '../inputs/emptyBooleanShownAs'

type ImageValue = {asset?: {_ref?: string}} | undefined

const hasPicture = (value: unknown): boolean =>
  typeof (value as ImageValue)?.asset?._ref === 'string' && (value as {asset: {_ref: string}}).asset._ref !== ''

/**
 * For an image field or block that must show a picture. Sanity's `required()` is satisfied by an
 * image object holding only its settings, so the picture itself is checked.
 */
export const imageChosen =
  (message: string): CustomValidator<ImageValue> =>
  (value) =>
    hasPicture(value) ? true : message

// Every image on the site needs alt text (WCAG 1.1.1), and patient-result photos are
// forbidden outright by reg 5 of the Healthcare Services (Advertisement) Regulations 2021.
// Optional images (social image, photo) may stay empty: the questions below are asked only once
// a picture is chosen.
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
        'Describe what the image shows for readers who cannot see it, in one sentence. Required once an image is chosen.',
      validation: (rule) =>
        rule
          .custom<string>((alt, context) =>
            hasPicture(context.parent) && !alt?.trim() ? 'Describe what the image shows.' : true,
          )
          .min(5)
          .max(200),
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
      // No initial value: it would create the image object on every new form. Empty means no.
      components: {input: emptyBooleanShownAs(false)},
      description:
        'Tick if this image shows how a patient looked before or after a treatment. Such images are not allowed in clinic advertising, so a ticked image blocks publishing.',
    }),
  ],
})

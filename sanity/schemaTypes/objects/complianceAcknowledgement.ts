import {defineArrayMember, defineField, defineType} from 'sanity'
import {acknowledgementHygiene} from '../../compliance/validation'
import {notCopiedToTranslation} from '../../i18n/languageField'

// An editor's reasoned decision that a compliance warning is truthful in context (for example
// "pores cannot be closed permanently"). It is tied to the exact text it was given for, so it
// stops applying when that text changes.
export const complianceAcknowledgement = defineType({
  name: 'complianceAcknowledgement',
  title: 'Acknowledged compliance warning',
  type: 'object',
  fields: [
    // Rule, path and fingerprint tie the entry to one warning for the checker and the CLI
    // (content:lint prints them); to an editor they are internals, so the form hides them.
    defineField({name: 'ruleId', title: 'Rule', type: 'string', readOnly: true, hidden: true}),
    defineField({name: 'path', title: 'Where', type: 'string', readOnly: true, hidden: true}),
    defineField({name: 'match', title: 'Matched text', type: 'string', readOnly: true}),
    defineField({
      name: 'fingerprint',
      title: 'Text fingerprint',
      type: 'string',
      readOnly: true,
      hidden: true,
    }),
    defineField({
      name: 'reason',
      title: 'Why this is acceptable',
      type: 'text',
      rows: 2,
      description: 'For example: "States truthfully that pores cannot be closed permanently."',
      validation: (rule) => rule.required().min(10),
    }),
    defineField({name: 'acknowledgedBy', title: 'Acknowledged by', type: 'string'}),
    defineField({name: 'acknowledgedAt', title: 'Acknowledged at', type: 'datetime'}),
  ],
  preview: {select: {title: 'match', subtitle: 'reason'}},
})

/** The field every checked document type carries; the "Acknowledge warnings" action appends to it. */
export const complianceAcknowledgementsField = (group?: string) =>
  defineField({
    name: 'complianceAcknowledgements',
    title: 'Acknowledged compliance warnings',
    type: 'array',
    ...(group ? {group} : {}),
    of: [defineArrayMember({type: 'complianceAcknowledgement'})],
    // Acknowledgements name sentences of this document's text; a translation has its own.
    options: notCopiedToTranslation,
    description: 'Warnings an editor judged acceptable, with the reason. Errors cannot be acknowledged.',
    validation: (rule) => rule.custom(acknowledgementHygiene).warning(),
  })

import {defineArrayMember, defineField, defineType} from 'sanity'
import {doiProblem, FIRST_SOURCE_YEAR, pmidProblem, sourceProblems, urlProblem} from '../../../lib/article/sources'
import {CitationSourceInput} from '../inputs/CitationSourceInput'

// Claims must be capable of substantiation (reg 5(1)(a)); listing the source lets a reader check.
export const sourceReference = defineType({
  name: 'sourceReference',
  title: 'Source',
  type: 'object',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'The title of the page, leaflet or article, as its publisher gives it.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'publisher',
      title: 'Publisher or journal',
      type: 'string',
      description: 'Who published it, for example "NHS", "American Academy of Dermatology" or a journal name.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'year',
      title: 'Year',
      type: 'number',
      description: 'The year it was published or last updated (the page usually says); for a page that gives none, the year you consulted it.',
      // One message for an empty year ("Required"), not also its range.
      validation: (rule) =>
        rule.required().custom((year?: number) => {
          const latest = new Date().getUTCFullYear() + 1
          return year === undefined || (Number.isInteger(year) && year >= FIRST_SOURCE_YEAR && year <= latest)
            ? true
            : `A whole year between ${FIRST_SOURCE_YEAR} and ${latest}.`
        }),
    }),
    defineField({
      name: 'doi',
      title: 'DOI',
      type: 'string',
      description: 'For a journal article: the DOI alone, for example 10.1001/jama.2020.1234. Copy it from the article; never guess one.',
      validation: (rule) => rule.custom((doi?: string) => (doi ? (doiProblem(doi.trim()) ?? true) : true)),
    }),
    defineField({
      name: 'pmid',
      title: 'PubMed id',
      type: 'string',
      description: 'The PMID number from the article\'s PubMed page, digits only.',
      validation: (rule) => rule.custom((pmid?: string) => (pmid ? (pmidProblem(pmid.trim()) ?? true) : true)),
    }),
    defineField({
      name: 'url',
      title: 'URL',
      type: 'url',
      description: 'For a web page (a professional body\'s or health service\'s patient page): its https:// address.',
      validation: (rule) => rule.uri({scheme: ['https']}).custom((url?: string) => (url ? (urlProblem(url) ?? true) : true)),
    }),
  ],
  // One identifier at least, so every source can be opened.
  validation: (rule) =>
    rule.custom((entry) => {
      const missing = sourceProblems((entry ?? {}) as Parameters<typeof sourceProblems>[0]).find((p) => p.message.startsWith('Give one identifier'))
      return missing ? missing.message : true
    }),
  preview: {
    select: {title: 'title', publisher: 'publisher', year: 'year'},
    prepare: ({title, publisher, year}) => ({title, subtitle: [publisher, year].filter(Boolean).join(', ')}),
  },
})

export const referencesField = (group?: string) =>
  defineField({
    name: 'references',
    title: 'Sources',
    type: 'array',
    ...(group ? {group} : {}),
    of: [defineArrayMember({type: 'sourceReference'})],
    description:
      'What the page\'s facts and figures rest on, listed as "Sources" at the end of the page and numbered in this order. Cite one in the text by selecting words and choosing "Cite a source".',
  })

// An annotation on the words a source supports; the page shows its number as a link to the list.
export const citation = defineType({
  name: 'citation',
  title: 'Cite a source',
  type: 'object',
  fields: [
    defineField({
      name: 'source',
      title: 'Source',
      type: 'string',
      description: 'One of the sources listed in this document\'s "Sources" field. Add the source there first.',
      components: {input: CitationSourceInput},
      validation: (rule) =>
        rule.required().custom((key: string | undefined, context) => {
          const listed = (context.document?.references ?? []) as {_key?: string}[]
          return !key || listed.some((entry) => entry._key === key) ? true : 'This source is no longer in the "Sources" list. Choose another.'
        }),
    }),
  ],
})

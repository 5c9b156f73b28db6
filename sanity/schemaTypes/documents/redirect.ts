import {defineField, defineType, type ValidationContext} from 'sanity'
import {LinkIcon} from '@sanity/icons'
import {normalizePath, pathProblem} from '../../../lib/routes/document-paths'

const API_VERSION = '2025-02-19'

const publishedId = (id: string | undefined) => (id ?? '').replace(/^drafts\./, '')

// The other redirects whose "from" is this address (with or without its trailing slash, as stored).
async function otherRedirectsFrom(path: string, context: ValidationContext): Promise<{from: string; to: string}[]> {
  const id = publishedId(context.document?._id)
  return context
    .getClient({apiVersion: API_VERSION})
    .fetch<{from: string; to: string}[]>(
      '*[_type == "redirect" && from in $forms && !(_id in [$id, "drafts." + $id])]{from, to}',
      {forms: [path, `${path}/`], id},
    )
}

// Redirects are documents in the dataset, so they travel with export and import. The site adds one
// by itself when a published page's address changes (lib/publishing/rename-redirects.ts); editors add
// the rest here, for example the clinic's old WordPress addresses.
export const redirect = defineType({
  name: 'redirect',
  title: 'Redirect',
  type: 'document',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'from',
      title: 'Old address',
      type: 'string',
      description:
        'The path readers or shared links still use, for example /2019/05/pores/ or /blog/old-title. Only the path: no https:// and domain, nothing after "?". It is used only while no page lives at that address.',
      validation: (rule) =>
        rule.required().custom(async (value, context) => {
          if (!value) return true
          const problem = pathProblem(value)
          if (problem) return problem
          const path = normalizePath(value)!
          if (path === '/') return 'The home page cannot be redirected.'
          const others = await otherRedirectsFrom(path, context)
          return others.length > 0 ? `Another redirect already starts from ${path} (to ${others[0]!.to}); change that one instead.` : true
        }),
    }),
    defineField({
      name: 'to',
      title: 'New address',
      type: 'string',
      description: 'The path on this site where the page lives now, for example /blog/new-title or /treatments/chemical-peel.',
      validation: (rule) =>
        rule.required().custom(async (value, context) => {
          if (!value) return true
          const problem = pathProblem(value)
          if (problem) return problem
          const to = normalizePath(value)!
          const from = typeof context.document?.from === 'string' ? normalizePath(context.document.from) : undefined
          if (from && from === to) return 'The new address is the old one: the redirect would send readers round in a loop.'
          // A chain (A -> B -> C) is slower for readers and breaks when B is reused: point at C.
          const onward = await otherRedirectsFrom(to, context)
          return onward.length > 0 ? `${to} itself redirects to ${onward[0]!.to}; use that address here instead.` : true
        }),
    }),
    defineField({
      name: 'permanent',
      title: 'Permanent',
      type: 'boolean',
      initialValue: true,
      description:
        'On: search engines and browsers remember the new address (308). Off only for a short-lived move you will undo (307).',
    }),
    defineField({
      name: 'note',
      title: 'Note',
      type: 'text',
      rows: 2,
      description: 'Why this redirect exists, for the next editor. Not shown on the site.',
    }),
  ],
  preview: {
    select: {from: 'from', to: 'to', permanent: 'permanent'},
    prepare: ({from, to, permanent}) => ({
      title: from ?? 'New redirect',
      subtitle: `to ${to ?? '…'}${permanent === false ? ' (temporary)' : ''}`,
    }),
  },
})

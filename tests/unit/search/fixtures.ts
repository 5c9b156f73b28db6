import type {SearchDocuments} from '@/lib/content'
import type {Locale} from '@/lib/i18n/locales'
import {searchDocumentsFrom} from '@/lib/search/documents'
import {createSearchIndex, updateSearchIndex} from '@/lib/search/search-index'
import {synonymGroupsFrom} from '@/lib/search/synonyms'

type Post = SearchDocuments['posts'][number]
type Treatment = SearchDocuments['treatments'][number]

export function post(slug: string, fields: Partial<Post> = {}): Post {
  return {_id: `post.${slug}`, title: slug, slug, excerpt: null, headings: '', body: '', categories: ['Skin care'], ...fields}
}

export function treatment(slug: string, fields: Partial<Treatment> = {}): Treatment {
  return {
    _id: `treatment.${slug}`,
    name: slug,
    slug,
    summary: null,
    headings: '',
    body: '',
    howPerformed: null,
    whoItSuits: null,
    preparation: null,
    downtime: null,
    risks: null,
    sessions: null,
    aftercare: null,
    faqs: null,
    ...fields,
  }
}

export function content({
  posts = [],
  treatments = [],
  synonyms = [],
}: {posts?: Post[]; treatments?: Treatment[]; synonyms?: string[][]}): SearchDocuments {
  return {
    posts,
    treatments,
    clinic: {
      clinicName: 'Demo Skin Clinic',
      tagline: 'A doctor-led skin clinic in Singapore.',
      address: {street: '10 Example Road', unit: '#03-12', postalCode: '238801', country: 'Singapore'},
      phone: '+65 6123 4567',
      whatsapp: '+65 9123 4567',
      email: 'hello@example.com',
      openingHours: [{days: ['Monday', 'Tuesday'], opens: '10:00', closes: '19:00'}],
      closures: ['Christmas Day'],
      searchSynonyms: synonyms.map((terms) => ({terms})),
    },
    categories: [{title: 'Skin care', slug: 'skin-care'}],
  }
}

/** An index over the given content of one edition (English unless told), as the site builds it. */
export function indexOf(source: SearchDocuments, locale: Locale = 'en') {
  const index = createSearchIndex(locale)
  updateSearchIndex(index, searchDocumentsFrom(source, locale))
  return {index, synonyms: synonymGroupsFrom(source.clinic?.searchSynonyms, index.analyzer)}
}

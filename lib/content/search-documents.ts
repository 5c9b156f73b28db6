import 'server-only'
import {defineQuery} from 'next-sanity'
import type {Locale} from '@/lib/i18n/locales'
import type {SearchDocumentsQueryResult, SearchVersionQueryResult} from '@/sanity/types'
import {fetchContent} from './fetch-content'
import {LIVE_POST, VISIBLE_POST} from './live-filter'
import {TAGS} from './tags'
import {CLINIC_CONTACT, TREATMENT_FACTS} from './field-lists'

// Everything site search indexes, from either source. Headings are kept apart from the body so
// the index can rank them higher; treatments bring the fields patients ask about (FAQs, risks,
// downtime) as well as their rich text. One edition at a time (`$language`, a missing field
// being English as everywhere): each edition has its own index, and a Chinese page never
// answers an English search.
export const searchDocumentsQuery = defineQuery(`{
  "posts": *[_type == "post" && coalesce(language, "en") == $language && ${VISIBLE_POST} && defined(slug.current)] | order(publishedAt desc){
    _id,
    title,
    "slug": slug.current,
    excerpt,
    "headings": pt::text(body[_type == "block" && style in ["h2", "h3", "h4"]]),
    "body": pt::text(body[_type == "block" && !(style in ["h2", "h3", "h4"])]),
    "categories": categories[]->title
  },
  "treatments": *[_type == "treatment" && coalesce(language, "en") == $language && defined(slug.current)] | order(name asc){
    _id,
    name,
    "slug": slug.current,
    summary,
    "headings": pt::text(body[_type == "block" && style in ["h2", "h3", "h4"]]),
    "body": pt::text(body[_type == "block" && !(style in ["h2", "h3", "h4"])]),
    ${TREATMENT_FACTS},
    faqs[]{question, answer}
  },
  "clinic": *[_type == "clinicSettings" && coalesce(language, "en") == $language][0]{
    ${CLINIC_CONTACT},
    openingHours[]{days, opens, closes},
    "closures": closures[].label,
    searchSynonyms[]{terms}
  },
  "categories": *[_type == "category" && coalesce(language, "en") == $language && defined(slug.current)] | order(title asc){title, "slug": slug.current}
}`)

// Changes whenever an indexed document is published, changed or deleted: a publish bumps
// _updatedAt, a deletion lowers the count. A scheduled post going live raises the count of live
// posts and a take-down raises the count of those taken down, though neither changes a document.
// Cheap to read on every search. Per edition, so a Chinese publish leaves the English index alone.
export const searchVersionQuery = defineQuery(`{
  "count": count(*[_type in ["post", "treatment", "clinicSettings", "category"] && coalesce(language, "en") == $language && (_type != "post" || ${LIVE_POST})]),
  "takenDown": count(*[_type == "post" && coalesce(language, "en") == $language && defined(takeDownAt) && takeDownAt <= now()]),
  "updatedAt": *[_type in ["post", "treatment", "clinicSettings", "category"] && coalesce(language, "en") == $language] | order(_updatedAt desc)[0]._updatedAt
}`)

export type SearchDocuments = SearchDocumentsQueryResult

/** The tags a publish of a post, treatment, category or the clinic settings clears. */
export const SEARCH_TAGS: string[] = [TAGS.posts, TAGS.treatments, TAGS.categories, TAGS.settings]

export function getSearchDocuments(language: Locale = 'en') {
  return fetchContent<SearchDocumentsQueryResult>(searchDocumentsQuery, {language}, SEARCH_TAGS)
}

export async function getSearchVersion(language: Locale = 'en'): Promise<string> {
  const version = await fetchContent<SearchVersionQueryResult>(searchVersionQuery, {language}, SEARCH_TAGS)
  return `${version.count}:${version.takenDown}:${version.updatedAt ?? ''}`
}

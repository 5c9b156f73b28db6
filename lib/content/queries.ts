import {defineQuery} from 'next-sanity'
import {LIVE_POST, VISIBLE_POST} from './live-filter'
import {CLINIC_CONTACT, TREATMENT_FACTS} from './field-lists'
import {PERSON_POSTS_SHOWN, RELATED_POSTS_LIMIT} from './list-limits'

// The edition a public read is for. A document without the field is English (documents written
// before the Chinese edition); runQuery passes "en" when a caller names no language.
const IN_LANGUAGE = /* groq */ `coalesce(language, "en") == $language`

// A referenced document read in the page's edition: itself when it is in $language, else its
// translation into $language when the translation plugin's metadata links one, else itself. A
// translation made in the Studio starts as a copy of the original, so its author, categories and
// treatment cards point at the English documents until an editor changes them. Applied after the
// dereference (`author->${IN_EDITION}`), so a reference costs one lookup as before, and the
// metadata is searched only for a document in the other language (the snapshot index then tries
// the metadata documents, or the documents referencing that one if fewer). (A constant, not a
// function: TypeGen cannot follow a function call in a query's template.)
const IN_EDITION = /* groq */ `{"doc": select(
  coalesce(language, "en") == $language => @,
  coalesce(*[_type == "translation.metadata" && references(^._id)][0].translations[_key == $language][0].value->, @)
)}.doc`

// Shared projections. Images keep their asset reference (not dereferenced) so one helper can build
// Sanity CDN URLs with crop/hotspot, or local snapshot URLs, from the same value.
const imageFields = /* groq */ `{asset, alt, caption, crop, hotspot}`
const personCard = /* groq */ `{_id, name, "slug": slug.current, role, qualifications, isDoctor}`
const categoryCard = /* groq */ `{_id, title, "slug": slug.current}`
const postCard = /* groq */ `{
  _id,
  title,
  "slug": slug.current,
  excerpt,
  publishedAt,
  lastReviewedAt,
  "coverImage": coverImage${imageFields},
  "categories": categories[]->${IN_EDITION}${categoryCard},
  "author": author->${IN_EDITION}${personCard},
  "wordCount": length(string::split(pt::text(body), " "))
}`
const treatmentCard = /* groq */ `{
  _id,
  name,
  "slug": slug.current,
  summary,
  downtime,
  procedureType,
  "coverImage": coverImage${imageFields}
}`

// A document's sources, in the editor's order (the numbers its citation marks show).
const referencesFields = /* groq */ `"references": references[]{_key, title, publisher, year, doi, pmid, url}`

// Rich text as the page renders it: treatment cards and internal links resolved to their slugs. A
// link to a post that is not live yet (or any more) gets no slug, as it has no public address.
const bodyFields = /* groq */ `body[]{
  ...,
  _type == "treatmentCard" => {_type, _key, "treatment": treatment->${IN_EDITION}${treatmentCard}},
  _type == "block" => {
    ...,
    markDefs[]{
      ...,
      _type == "internalLink" => {
        _type,
        _key,
        "refType": reference->_type,
        "slug": *[_id == ^.reference._ref && (_type != "post" || ${VISIBLE_POST})][0].slug.current,
        "language": coalesce(reference->language, "en")
      }
    }
  }
}`

export const settingsQuery = defineQuery(`*[_type == "clinicSettings" && ${IN_LANGUAGE}][0]{
  _updatedAt,
  ${CLINIC_CONTACT},
  openingHours[]{_key, days, opens, closes},
  closures[]{_key, date, label},
  dpo,
  privacyNotice,
  disclaimer,
  enquiryRetentionMonths,
  reviewIntervalMonths,
  "editorialPolicy": editorialPolicy->{title, "slug": slug.current, "language": coalesce(language, "en")}
}`)

export const categoriesQuery = defineQuery(`*[_type == "category" && ${IN_LANGUAGE}] | order(title asc){_id, title, "slug": slug.current, description}`)

export const categoryBySlugQuery = defineQuery(
  `*[_type == "category" && ${IN_LANGUAGE} && slug.current == $slug][0]{_id, title, "slug": slug.current, description}`,
)

export const postsPageQuery = defineQuery(`{
  "total": count(*[_type == "post" && ${IN_LANGUAGE} && ${VISIBLE_POST} && defined(slug.current) && (!defined($category) || $category in categories[]->slug.current)]),
  "posts": *[_type == "post" && ${IN_LANGUAGE} && ${VISIBLE_POST} && defined(slug.current) && (!defined($category) || $category in categories[]->slug.current)]
    | order(publishedAt desc)[$start...$end]${postCard}
}`)

export const latestPostsQuery = defineQuery(
  `*[_type == "post" && ${IN_LANGUAGE} && ${VISIBLE_POST} && defined(slug.current)] | order(publishedAt desc)[0...$limit]${postCard}`,
)

export const postSlugsQuery = defineQuery(`*[_type == "post" && ${IN_LANGUAGE} && ${VISIBLE_POST} && defined(slug.current)].slug.current`)

export const postBySlugQuery = defineQuery(`*[_type == "post" && ${IN_LANGUAGE} && ${VISIBLE_POST} && slug.current == $slug][0]{
  _id,
  _updatedAt,
  title,
  "slug": slug.current,
  excerpt,
  publishedAt,
  lastReviewedAt,
  showDisclaimer,
  "coverImage": coverImage${imageFields},
  "seo": seo{title, description, "image": image${imageFields}},
  "categories": categories[]->${IN_EDITION}${categoryCard},
  "author": author->${IN_EDITION}${personCard},
  "medicalReviewer": medicalReviewer->${IN_EDITION}${personCard},
  ${bodyFields},
  "relatedPosts": (relatedPosts[]->)[${VISIBLE_POST}]${postCard},
  "relatedTreatments": relatedTreatments[]->${IN_EDITION}${treatmentCard},
  "categoryIds": categories[]._ref,
  changeNote,
  changedAt,
  ${referencesFields}
}`)

// Related posts when the editor chose none: the posts sharing a category that sit nearest this one
// in publish date, earlier ones first (then later ones when there are too few). Nearest in date
// rather than newest, so that a new post changes the related list of a few neighbours only and a
// publish does not re-render every post page (lib/publishing/tags-for-document.ts names them).
export const postsNearInCategoriesQuery = defineQuery(`{
  "earlier": *[_type == "post" && ${IN_LANGUAGE} && ${VISIBLE_POST} && defined(slug.current) && _id != $excludeId && references($categoryIds) && publishedAt <= $publishedAt]
    | order(publishedAt desc)[0...$limit]{_id, "slug": slug.current},
  "later": *[_type == "post" && ${IN_LANGUAGE} && ${VISIBLE_POST} && defined(slug.current) && _id != $excludeId && references($categoryIds) && publishedAt > $publishedAt]
    | order(publishedAt asc)[0...$limit]{_id, "slug": slug.current}
}`)

export const postCardsByIdQuery = defineQuery(
  `*[_type == "post" && ${IN_LANGUAGE} && ${VISIBLE_POST} && defined(slug.current) && _id in $ids]${postCard}`,
)

export const treatmentsQuery = defineQuery(`*[_type == "treatment" && ${IN_LANGUAGE} && defined(slug.current)] | order(name asc)${treatmentCard}`)

export const treatmentSlugsQuery = defineQuery(`*[_type == "treatment" && ${IN_LANGUAGE} && defined(slug.current)].slug.current`)

export const treatmentBySlugQuery = defineQuery(`*[_type == "treatment" && ${IN_LANGUAGE} && slug.current == $slug][0]{
  _id,
  _updatedAt,
  name,
  "slug": slug.current,
  summary,
  "coverImage": coverImage${imageFields},
  ${bodyFields},
  ${TREATMENT_FACTS},
  faqs[]{_key, question, answer},
  procedureType,
  "reviewer": reviewer->${IN_EDITION}${personCard},
  lastReviewedAt,
  price,
  "seo": seo{title, description, "image": image${imageFields}},
  "relatedPosts": (relatedPosts[]->)[${VISIBLE_POST}]${postCard},
  "linkedFromPosts": *[_type == "post" && ${IN_LANGUAGE} && ${VISIBLE_POST} && references(^._id)] | order(publishedAt desc)[0...${RELATED_POSTS_LIMIT}]${postCard},
  ${referencesFields}
}`)

export const personSlugsQuery = defineQuery(`*[_type == "person" && ${IN_LANGUAGE} && defined(slug.current)].slug.current`)

export const personBySlugQuery = defineQuery(`*[_type == "person" && ${IN_LANGUAGE} && slug.current == $slug][0]{
  _id,
  _updatedAt,
  name,
  "slug": slug.current,
  role,
  qualifications,
  isDoctor,
  bio,
  "photo": photo${imageFields},
  "authored": *[_type == "post" && ${IN_LANGUAGE} && ${VISIBLE_POST} && author._ref == ^._id] | order(publishedAt desc)[0...${PERSON_POSTS_SHOWN}]${postCard},
  "authoredCount": count(*[_type == "post" && ${IN_LANGUAGE} && ${VISIBLE_POST} && author._ref == ^._id]),
  "reviewed": *[_type == "post" && ${IN_LANGUAGE} && ${VISIBLE_POST} && medicalReviewer._ref == ^._id] | order(publishedAt desc)[0...${PERSON_POSTS_SHOWN}]${postCard},
  "reviewedCount": count(*[_type == "post" && ${IN_LANGUAGE} && ${VISIBLE_POST} && medicalReviewer._ref == ^._id]),
  "reviewedTreatments": *[_type == "treatment" && ${IN_LANGUAGE} && reviewer._ref == ^._id] | order(name asc)${treatmentCard}
}`)

export const sitemapQuery = defineQuery(`{
  "posts": *[_type == "post" && ${IN_LANGUAGE} && ${VISIBLE_POST} && defined(slug.current)]{"slug": slug.current, _updatedAt, _id},
  "treatments": *[_type == "treatment" && ${IN_LANGUAGE} && defined(slug.current)]{"slug": slug.current, _updatedAt, _id},
  "people": *[_type == "person" && ${IN_LANGUAGE} && defined(slug.current)]{"slug": slug.current, _updatedAt, _id},
  "categories": *[_type == "category" && ${IN_LANGUAGE} && defined(slug.current)]{"slug": slug.current, _updatedAt, _id},
  "pages": *[_type == "page" && ${IN_LANGUAGE} && defined(slug.current)]{"slug": slug.current, _updatedAt, _id}
}`)

export const feedQuery = defineQuery(`*[_type == "post" && ${IN_LANGUAGE} && ${VISIBLE_POST} && defined(slug.current)] | order(publishedAt desc)[0...50]{
  title,
  "slug": slug.current,
  excerpt,
  publishedAt,
  _updatedAt,
  "author": author->name,
  "categories": categories[]->title
}`)

// Scheduling (lib/publishing/schedule-timer.ts): posts whose publish or take-down time fell in a
// window, and the next such time ahead. Explicit bounds rather than now(), so that one window is
// answered the same whenever it is asked.
export const dueTransitionsQuery = defineQuery(`*[_type == "post" && defined(slug.current) && (
  (publishedAt > $from && publishedAt <= $to) || (takeDownAt > $from && takeDownAt <= $to)
)]{_id, _type, "slug": slug.current, publishedAt, takeDownAt}`)

export const nextTransitionQuery = defineQuery(`{
  "publish": *[_type == "post" && defined(slug.current) && publishedAt > $after] | order(publishedAt asc)[0].publishedAt,
  "takeDown": *[_type == "post" && defined(slug.current) && takeDownAt > $after] | order(takeDownAt asc)[0].takeDownAt
}`)

// Redirects (lib/content/redirect-lookup.ts): read only when a page would answer 404, all of them in
// one cached answer (a handful of documents), so unknown addresses cost no cache entry each.
export const redirectsQuery = defineQuery(
  `*[_type == "redirect" && defined(from) && defined(to)]{from, to, "permanent": permanent != false}`,
)

/** Whether a redirect's target is a page a reader can see now (not deleted, scheduled or taken down). */
export const livePageQuery = defineQuery(`count(*[_type == $type && ${IN_LANGUAGE} && slug.current == $slug && ${LIVE_POST}]) > 0`)

/** Every set of translations (translation.metadata documents): which document ids are one page in each language. */
export const translationGroupsQuery = defineQuery(`*[_type == "translation.metadata"]{"members": translations[]{"language": _key, "id": value._ref}}`)

/**
 * A document's translations as its translation.metadata document (@sanity/document-internationalization)
 * links them, each with its type, language and slug; live posts only. Empty when it has none.
 */
export const translationsQuery = defineQuery(`*[_type == "translation.metadata" && $id in translations[].value._ref][0].translations[]{
  "language": _key,
  "doc": *[_id == ^.value._ref && defined(slug.current) && (_type != "post" || ${VISIBLE_POST})][0]{_type, "slug": slug.current}
}`)

export const pageSlugsQuery = defineQuery(`*[_type == "page" && ${IN_LANGUAGE} && defined(slug.current)].slug.current`)

export const pageBySlugQuery = defineQuery(`*[_type == "page" && ${IN_LANGUAGE} && slug.current == $slug][0]{
  _id,
  _updatedAt,
  title,
  "slug": slug.current,
  summary,
  lastUpdatedAt,
  ${bodyFields}
}`)

// Which pages the build renders ahead (lib/content/prerender-params.ts): the newest posts of an
// edition, the pinned ones (the guide), and every treatment, person and standing page. Anything
// else renders on its first request. A document without `language` is English.
export const prerenderParamsQuery = defineQuery(`{
  "recentPosts": *[_type == "post" && ${VISIBLE_POST} && defined(slug.current) && coalesce(language, "en") == $language]
    | order(publishedAt desc)[0...$recentPosts].slug.current,
  "pinnedPosts": *[_type == "post" && ${VISIBLE_POST} && defined(slug.current) && _id in $pinnedPostIds].slug.current,
  "postCount": count(*[_type == "post" && ${VISIBLE_POST} && defined(slug.current) && coalesce(language, "en") == $language]),
  "treatments": *[_type == "treatment" && defined(slug.current) && coalesce(language, "en") == $language].slug.current,
  "people": *[_type == "person" && defined(slug.current) && coalesce(language, "en") == $language].slug.current,
  "pages": *[_type == "page" && defined(slug.current) && coalesce(language, "en") == $language].slug.current,
  "categories": *[_type == "category" && defined(slug.current) && coalesce(language, "en") == $language].slug.current
}`)

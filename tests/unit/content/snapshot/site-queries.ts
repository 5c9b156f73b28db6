import * as queries from '@/lib/content/queries'
import * as searchQueries from '@/lib/content/search-documents'

/** The modules of lib/ that define GROQ queries (a test checks that no other file does). */
export const QUERY_MODULES = ['lib/content/queries.ts', 'lib/content/search-documents.ts']

const defined = (module: Record<string, unknown>) =>
  Object.entries(module).filter((entry): entry is [string, string] => entry[0].endsWith('Query') && typeof entry[1] === 'string')

/** Every query exported by lib/'s defineQuery modules, by name. */
export const SITE_QUERIES: Array<[string, string]> = [...defined(queries), ...defined(searchQueries)]

// The site's queries, and queries of the shapes the narrowing handles that the site does not use
// today (so a future query of that shape is already covered).
export const QUERIES: Array<[string, string]> = [
  ...SITE_QUERIES,
  ['ids in', '*[_id in $ids]{_id, title}'],
  ['references array', '*[references($ids)]._id'],
  ['references param', '*[references($id)]{_id, _type}'],
  ['type param', '*[_type == $type]._id'],
  ['type and id', '*[_type == $type && _id == $id][0]'],
  ['literal first', '*["post" == _type && $slug == slug.current]{_id}'],
  ['not drafts', '*[!(_id in path("drafts.**"))]._id'],
  ['nested references', '*[_type == "person"]{_id, "posts": *[_type == "post" && references(^._id)] | order(publishedAt desc)._id}'],
  ['nested parent path', '*[_type == "post"][0...30]{_id, "authorName": *[_id == ^.author._ref][0].name, "same": *[author._ref == ^.author._ref]._id}'],
  ['map then filter', '*[_type == "post"][0...20]{"related": relatedPosts[]{"title": *[_id == ^._ref][0].title}}'],
  ['language', '*[_type == "post" && coalesce(language, "en") == $language && slug.current == $slug][0]._id'],
  ['language list', '*[_type in ["post", "category"] && coalesce(language, "en") == $language] | order(_id asc)._id'],
  ['attribute named by a parameter', '*[_type == "post" && slug.current == $slug]{"value": @[$field]}'],
  ['or is not narrowed', '*[_type == "post" || _type == "treatment"]._id'],
  ['count by type', 'count(*[_type == "clinicSettings"])'],
]

import type {SlugValidationContext} from 'sanity'
import {apiVersion} from '../env'
import {SOURCE_LANGUAGE} from './languages'

// A translation keeps the English address (/zh/blog/<same slug>), so an address is unique per
// type AND language, not per type as Sanity checks by default. Documents with no language are
// English. The document's own draft and published versions do not count against it.
export const SLUG_TAKEN_QUERY = `defined(*[
  _type == $type &&
  !(_id in [$draftId, $publishedId]) &&
  slug.current == $slug &&
  coalesce(language, $sourceLanguage) == $language
][0]._id)`

export function slugTakenParams(slug: string, document: {_id: string; _type: string; language?: unknown}) {
  const publishedId = document._id.replace(/^drafts\./, '')
  return {
    type: document._type,
    draftId: `drafts.${publishedId}`,
    publishedId,
    slug,
    language: typeof document.language === 'string' && document.language ? document.language : SOURCE_LANGUAGE,
    sourceLanguage: SOURCE_LANGUAGE,
  }
}

/** `options.isUnique` of every translatable type's slug. */
export async function isUniqueInLanguage(slug: string, context: SlugValidationContext): Promise<boolean> {
  const {document, getClient} = context
  if (!document) return true
  const taken = await getClient({apiVersion}).fetch<boolean>(SLUG_TAKEN_QUERY, slugTakenParams(slug, document))
  return !taken
}

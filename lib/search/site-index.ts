import 'server-only'
import {draftMode} from 'next/headers'
import {getSearchDocuments, getSearchVersion} from '@/lib/content'
import type {Locale} from '@/lib/i18n/locales'
import {ANALYZERS} from './analyzer'
import {searchDocumentsFrom} from './documents'
import {buildSearchIndex, updateSearchIndex, type SearchIndex} from './search-index'
import {synonymGroupsFrom, type SynonymGroup} from './synonyms'

export type SiteIndex = {
  index: SearchIndex
  synonyms: SynonymGroup[]
  categories: {title: string; slug: string}[]
}

type Held = {version: string; ready: Promise<SiteIndex>}

// One index per edition and server process, kept across requests (and dev-mode module reloads).
// Each holds only its edition's documents and follows that edition's content version, which is
// read through the content getters under the post, treatment, category and settings tags: the
// publish webhook that clears a page's tags makes the next search read the new version and
// re-index the documents that changed.
const registry = globalThis as typeof globalThis & {__siteSearchIndexes?: Map<Locale, Held>}
const held = () => (registry.__siteSearchIndexes ??= new Map())

async function refresh(locale: Locale, previous: Promise<SiteIndex> | undefined): Promise<SiteIndex> {
  const [content, earlier] = await Promise.all([getSearchDocuments(locale), previous?.catch(() => undefined)])
  const docs = searchDocumentsFrom(content, locale)
  // The index already in use is updated in one go (after a publish, one document); a first index
  // is built in turns.
  const index = earlier ? earlier.index : await buildSearchIndex(docs, undefined, locale)
  if (earlier) updateSearchIndex(index, docs)
  return {
    index,
    synonyms: synonymGroupsFrom(content.clinic?.searchSynonyms, ANALYZERS[locale]),
    categories: content.categories.flatMap((c) => (c.title && c.slug ? [{title: c.title, slug: c.slug}] : [])),
  }
}

async function isDraftMode(): Promise<boolean> {
  try {
    return (await draftMode()).isEnabled
  } catch {
    return false
  }
}

/** The search index of one edition of the published site as the content source has it now. */
export async function getSiteIndex(locale: Locale = 'en'): Promise<SiteIndex> {
  // An editor previewing drafts gets an index of their own: drafts must never reach the shared one.
  if (await isDraftMode()) return refresh(locale, undefined)
  const version = await getSearchVersion(locale)
  const indexes = held()
  const current = indexes.get(locale)
  if (current?.version === version) return current.ready
  const ready = refresh(locale, current?.ready)
  indexes.set(locale, {version, ready})
  ready.catch(() => {
    if (indexes.get(locale)?.ready === ready) indexes.delete(locale)
  })
  return ready
}

import 'server-only'
import {draftMode} from 'next/headers'
import {getSearchDocuments, getSearchVersion} from '@/lib/content'
import {searchDocumentsFrom} from './documents'
import {buildSearchIndex, updateSearchIndex, type SearchIndex} from './search-index'
import {synonymGroupsFrom, type SynonymGroup} from './synonyms'

export type SiteIndex = {
  index: SearchIndex
  synonyms: SynonymGroup[]
  categories: {title: string; slug: string}[]
}

type Held = {version: string; ready: Promise<SiteIndex>}

// One index per server process, kept across requests (and dev-mode module reloads). It follows
// the content version, which is read through the content getters under the post, treatment,
// category and settings tags: the publish webhook that clears a page's tags makes the next search
// read the new version and re-index the documents that changed.
const registry = globalThis as typeof globalThis & {__siteSearchIndex?: Held}

async function refresh(previous: Promise<SiteIndex> | undefined): Promise<SiteIndex> {
  const [content, earlier] = await Promise.all([getSearchDocuments(), previous?.catch(() => undefined)])
  const docs = searchDocumentsFrom(content)
  // The index already in use is updated in one go (after a publish, one document); a first index
  // is built in turns.
  const index = earlier ? earlier.index : await buildSearchIndex(docs)
  if (earlier) updateSearchIndex(index, docs)
  return {
    index,
    synonyms: synonymGroupsFrom(content.clinic?.searchSynonyms),
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

/** The search index of the published site as the content source has it now. */
export async function getSiteIndex(): Promise<SiteIndex> {
  // An editor previewing drafts gets an index of their own: drafts must never reach the shared one.
  if (await isDraftMode()) return refresh(undefined)
  const version = await getSearchVersion()
  const held = registry.__siteSearchIndex
  if (held?.version === version) return held.ready
  const ready = refresh(held?.ready)
  registry.__siteSearchIndex = {version, ready}
  ready.catch(() => {
    if (registry.__siteSearchIndex?.ready === ready) registry.__siteSearchIndex = undefined
  })
  return ready
}

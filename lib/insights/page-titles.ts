import 'server-only'
import {getSearchDocuments} from '@/lib/content'
import {paths} from '@/lib/routes/paths'

/** Path to title, for the pages an enquiry or a tap can come from. */
export type PageTitles = ReadonlyMap<string, string>

const FIXED_PAGES: Array<[string, string]> = [
  [paths.home(), 'Home page'],
  [paths.blog(), 'Journal'],
  [paths.treatments(), 'Treatments'],
  [paths.clinic(), 'The clinic'],
  [paths.privacy(), 'Privacy notice'],
  ['/search', 'Search'],
]

/**
 * The titles of the site's pages, from the same content getter site search uses (both sources, its
 * own cache tags), so staff read "Can You Close Pores Permanently?" rather than a path.
 */
export async function getPageTitles(): Promise<PageTitles> {
  const titles = new Map<string, string>(FIXED_PAGES)
  const docs = await getSearchDocuments()
  for (const post of docs.posts ?? []) if (post.slug && post.title) titles.set(paths.post(post.slug), post.title)
  for (const t of docs.treatments ?? []) if (t.slug && t.name) titles.set(paths.treatment(t.slug), t.name)
  for (const c of docs.categories ?? []) if (c.slug && c.title) titles.set(paths.category(c.slug), c.title)
  return titles
}

/** The page's title when known, else its path; 'Not known' for an enquiry without a source page. */
export function pageLabel(titles: PageTitles, path: string | null | undefined): string {
  if (!path) return 'Not known'
  return titles.get(path) ?? path
}

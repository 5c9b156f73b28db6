import {TAGS} from '@/lib/content'
import {DEFAULT_LOCALE, type Locale, LOCALES} from '@/lib/i18n/locales'
import {pathsFor} from '@/lib/routes/paths'

// Every edition's copy of a page: a tag (`post:<slug>`, `post`) names the page in both editions
// (a translation keeps its original's slug), and Next has revalidated both, so the caches in front
// are asked for both: the published document's edition first, the other edition after its lists.
type SitePaths = ReturnType<typeof pathsFor>
const otherEditions = (locale: Locale): Locale[] => LOCALES.filter((other) => other !== locale)

// More than a clinic site has; beyond it the rest of the pages wait for their cached copy to expire.
export const MAX_PAGES_PER_REFRESH = 500

const PAGE_OF_TAG: Record<string, (paths: SitePaths, slug: string) => string> = {
  post: (paths, slug) => paths.post(slug),
  treatment: (paths, slug) => paths.treatment(slug),
  person: (paths, slug) => paths.person(slug),
  page: (paths, slug) => paths.page(slug),
}

// The first page of each list a list tag stands for (later pages of the journal and of categories
// are read less and take the change when their copy in front expires, within seconds).
const LIST_PAGES: Partial<Record<string, (paths: SitePaths) => string[]>> = {
  [TAGS.posts]: (paths) => [paths.home(), paths.blog()],
  [TAGS.categories]: (paths) => [paths.blog()],
  [TAGS.treatments]: (paths) => [paths.home(), paths.treatments()],
}

// Tags whose content every page shows (the clinic's name and contacts, and its treatments in every
// page's JSON-LD): after one of these, every page is refreshed.
const EVERY_PAGE = new Set<string>([TAGS.settings, TAGS.treatments])

/** The pages of the documents a publish changed in one edition, named by their tags (`post:<slug>` and so on). */
export function changedDocumentPages(tags: string[], locale: Locale = DEFAULT_LOCALE): string[] {
  const paths = pathsFor(locale)
  const pages: string[] = []
  for (const tag of tags) {
    const match = /^([a-z]+):(.+)$/.exec(tag)
    const page = match && PAGE_OF_TAG[match[1]]
    if (page) pages.push(page(paths, match[2]))
  }
  return pages
}

/** Whether refreshing after these tags needs the list of every public page (the sitemap). */
export function refreshesEveryPage(tags: string[]): boolean {
  return tags.some((tag) => EVERY_PAGE.has(tag))
}

/**
 * What to ask a shared cache in front for after a publish: the changed documents' own pages in the
 * published document's edition first (what the editor is looking at), then the first pages of the
 * lists that show them and the feed, then the same in the other edition, then the sitemap; every
 * other public page (`sitemapPaths`) only when the change is one every page shows. So a post
 * publish costs the same few requests on a site of 50 posts as of 5,000.
 */
export function pagesToRefresh(tags: string[], sitemapPaths: string[] = [], locale: Locale = DEFAULT_LOCALE): {first: string[]; rest: string[]} {
  const seen = new Set<string>()
  const keep = (list: string[]) =>
    list.filter((page) => {
      if (seen.has(page) || seen.size >= MAX_PAGES_PER_REFRESH) return false
      seen.add(page)
      return true
    })
  const lists = (edition: Locale) => {
    const paths = pathsFor(edition)
    return [...tags.flatMap((tag) => LIST_PAGES[tag]?.(paths) ?? []), paths.feed()]
  }
  const first = keep(changedDocumentPages(tags, locale))
  const others = otherEditions(locale).flatMap((edition) => [...changedDocumentPages(tags, edition), ...lists(edition)])
  const rest = keep([...lists(locale), ...others, '/sitemap.xml', ...(refreshesEveryPage(tags) ? sitemapPaths : [])])
  return {first, rest}
}

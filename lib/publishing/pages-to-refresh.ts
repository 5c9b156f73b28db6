import {paths} from '@/lib/routes/paths'

// More than a clinic site has; beyond it the rest of the pages wait for their cached copy to expire.
export const MAX_PAGES_PER_REFRESH = 500

const PAGE_OF_TAG: Record<string, (slug: string) => string> = {
  post: paths.post,
  treatment: paths.treatment,
  person: paths.person,
  page: paths.page,
}

/** The pages of the documents a publish changed, named by their tags (`post:<slug>` and so on). */
export function changedDocumentPages(tags: string[]): string[] {
  const pages: string[] = []
  for (const tag of tags) {
    const match = /^([a-z]+):(.+)$/.exec(tag)
    const page = match && PAGE_OF_TAG[match[1]]
    if (page) pages.push(page(match[2]))
  }
  return pages
}

/**
 * What to ask a shared cache in front for after a publish: the changed documents' own pages first
 * (what the editor is looking at), then every other public page, the feed and the sitemap. Pages
 * the publish did not change cost the origin one read of its ISR cache each; working out exactly
 * which lists show which document would be a second copy of the tag map for little gain.
 */
export function pagesToRefresh(tags: string[], sitemapPaths: string[]): {first: string[]; rest: string[]} {
  const seen = new Set<string>()
  const keep = (list: string[]) =>
    list.filter((page) => {
      if (seen.has(page) || seen.size >= MAX_PAGES_PER_REFRESH) return false
      seen.add(page)
      return true
    })
  const first = keep(changedDocumentPages(tags))
  const rest = keep([...sitemapPaths, paths.feed(), '/sitemap.xml'])
  return {first, rest}
}

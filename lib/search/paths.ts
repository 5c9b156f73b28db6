/** The search page, with a query when there is one. */
export function searchPath(query?: string): string {
  return query ? `/search?${new URLSearchParams({q: query})}` : '/search'
}

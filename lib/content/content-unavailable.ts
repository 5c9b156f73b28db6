/**
 * Thrown when the content source fails and no earlier answer to the same query is known, so a page
 * cannot be rendered at all. The production server (server.mjs) answers such requests with 503
 * instead of 500: the fault is upstream and temporary, and crawlers should come back rather than drop the page.
 */
export class ContentUnavailableError extends Error {
  override readonly name = 'ContentUnavailableError'
}

export function isContentUnavailable(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ContentUnavailableError' || isContentUnavailable(error.cause))
}

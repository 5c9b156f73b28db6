/** `published` for the public site; `drafts` overlays unpublished edits for editors' preview. */
export type Perspective = 'published' | 'drafts'

export type QueryParams = Record<string, string | number | boolean | string[] | null>

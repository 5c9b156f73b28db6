/** One line of the snapshot file (Sanity's export format): any document with an id and a type. */
export type SnapshotDocument = {_id: string; _type: string; [field: string]: unknown}

export const DRAFT_PREFIX = 'drafts.'

import {createHash} from 'node:crypto'
import type {ChangedDocument} from '@/lib/content'
import {documentPath, isAddressedType, normalizePath} from '@/lib/routes/document-paths'

/** A redirect document as stored, with whatever other fields an editor gave it. */
export type StoredRedirect = {_id: string; from?: unknown; to?: unknown; permanent?: unknown; [field: string]: unknown}

export type RedirectPlan = {
  /** Whole documents to create or replace. */
  put: StoredRedirect[]
  /** Ids of redirect documents to delete. */
  remove: string[]
}

/** Where the publish webhook reads and writes redirect documents: the dataset the site reads. */
export type RedirectStore = {
  list(): Promise<StoredRedirect[]>
  apply(plan: RedirectPlan): Promise<void>
}

export const NO_CHANGE: RedirectPlan = {put: [], remove: []}

/**
 * The id of the redirect made for an old address: the same address always gives the same id, so a
 * webhook delivered twice, or by two instances at once, writes one document.
 */
export function redirectIdFor(from: string): string {
  return `redirect.${createHash('sha256').update(from).digest('hex').slice(0, 24)}`
}

const pathOf = (value: unknown) => (typeof value === 'string' ? normalizePath(value) : undefined)

/**
 * What a publish does to the redirects, as a pure function of the webhook payload and the stored
 * redirects:
 * - a renamed page leaves old -> new (reusing a redirect already starting from the old address);
 * - the new address is live, so no redirect may start from it: renaming B back to A removes A -> B,
 *   which with B -> A would be a loop;
 * - redirects that pointed at the old address now point at the new one, so A -> B, then B -> C
 *   leaves A -> C and B -> C, never a chain.
 * A publish that keeps the address, and deleting or unpublishing a page, change no redirect: the
 * lookup answers 404 while the target is gone and redirects again if it comes back. Only what
 * differs is written, so replaying a webhook plans nothing.
 */
export function planRedirectsForChange(doc: ChangedDocument, existing: readonly StoredRedirect[], now = new Date()): RedirectPlan {
  if (!isAddressedType(doc._type) || doc._id.startsWith('drafts.') || doc.operation === 'delete') return NO_CHANGE
  const current = documentPath(doc._type, doc.slug, doc.language)
  const previous = documentPath(doc._type, doc.before?.slug, doc.language)
  if (!current || !previous || previous === current) return NO_CHANGE

  const put = new Map<string, StoredRedirect>()
  const remove = new Set<string>()
  const change = (redirect: StoredRedirect, fields: Partial<StoredRedirect>) => {
    const next = {...redirect, ...fields}
    if (Object.entries(fields).some(([key, value]) => redirect[key] !== value)) put.set(redirect._id, next)
  }

  for (const redirect of existing) {
    const from = pathOf(redirect.from)
    if (from === current) remove.add(redirect._id)
    else if (pathOf(redirect.to) === previous && from !== previous) change(redirect, {to: current})
  }
  const fromPrevious = existing.find((r) => pathOf(r.from) === previous)
  if (fromPrevious) change(fromPrevious, {to: current, permanent: true})
  else {
    const _id = redirectIdFor(previous)
    const note = `Made on ${now.toISOString().slice(0, 10)}, when the ${doc._type}'s address changed from ${previous} to ${current}.`
    put.set(_id, {_id, _type: 'redirect', from: previous, to: current, permanent: true, note})
  }
  return {put: [...put.values()], remove: [...remove]}
}

export const isEmptyPlan = (plan: RedirectPlan) => plan.put.length === 0 && plan.remove.length === 0

/** Plans against the stored redirects and writes the difference; returns what was written. */
export async function updateRedirectsForChange(doc: ChangedDocument, store: RedirectStore): Promise<RedirectPlan> {
  // Read the store only for a rename: other publishes cost nothing, and work while it is unwritable.
  if (!isAddressedType(doc._type) || doc.operation === 'delete' || !doc.before?.slug || !doc.slug || doc.before.slug === doc.slug) return NO_CHANGE
  const plan = planRedirectsForChange(doc, await store.list())
  if (!isEmptyPlan(plan)) await store.apply(plan)
  return plan
}

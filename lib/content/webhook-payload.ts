import {z} from 'zod'

/**
 * The projection configured on the Sanity webhook (README "Freshness"). Sanity evaluates it on the
 * changed document and sends the result as the body. Webhook projections cannot run sub-queries
 * (`*[...]`), so documents that reference the changed one are looked up on our side
 * (tags-for-document.ts); `before()` carries the slug the document had, so a renamed or deleted
 * slug is revalidated too.
 */
export const WEBHOOK_PROJECTION = `{_id, _type, "slug": slug.current, "language": coalesce(language, "en"), "before": before(){"slug": slug.current}, "operation": delta::operation()}`

/** The webhook filter: the document types the site renders, and redirects (read on its 404s). */
export const WEBHOOK_FILTER = `_type in ["post", "person", "treatment", "category", "clinicSettings", "page", "redirect"]`

export const CONTENT_TYPES = ['post', 'person', 'treatment', 'category', 'clinicSettings', 'page', 'redirect'] as const
export type ContentType = (typeof CONTENT_TYPES)[number]

const slug = z.string().trim().min(1).max(200).nullish()

export const webhookPayloadSchema = z.object({
  _id: z.string().min(1).max(200),
  _type: z.enum(CONTENT_TYPES, {message: `_type must be one of ${CONTENT_TYPES.join(', ')}`}),
  slug,
  before: z.object({slug}).nullish(),
  /** The document's edition (`en`, `zh-Hans`): a Chinese page's addresses are under /zh. Older webhooks send none: English. */
  language: z.enum(['en', 'zh-Hans']).nullish(),
  operation: z.enum(['create', 'update', 'delete']).nullish(),
})

export type ChangedDocument = z.infer<typeof webhookPayloadSchema>

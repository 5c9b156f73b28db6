import {randomUUID} from 'node:crypto'
import {type Kysely, type SelectQueryBuilder, sql} from 'kysely'
import {z} from 'zod'
import {
  type AuditEventRow,
  type Database,
  ENQUIRY_STATUSES,
  type EnquiryRow,
  type EnquiryStatus,
  type OutboxJobRow,
} from '@/lib/platform/database/schema'
import {startOfSingaporeDay} from '@/lib/singapore-time'
import {parseSourcePath} from '@/lib/routes/source-path'
import {notificationStatus, type NotificationStatus} from '@/lib/enquiries'
import type {StaffUser} from './accounts'
import {LOCALES, type Locale} from '@/lib/i18n/locales'

// Staff-side queries over enquiries. Every function takes the acting staff user where it
// changes something, so the audit trail records who did it.

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

export const inboxFiltersSchema = z.object({
  status: z.enum(ENQUIRY_STATUSES).optional().catch(undefined),
  treatment: z
    .string()
    .trim()
    .max(100)
    .regex(/^[a-z0-9-]*$/)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  from: isoDay.optional().catch(undefined),
  to: isoDay.optional().catch(undefined),
  // The page the enquiry came from (`from` already names the first day).
  source: z.unknown().optional().transform((v) => parseSourcePath(v)),
  // The edition of the form (`en`, `zh-Hans`).
  language: z.enum(LOCALES).optional().catch(undefined),
})
export interface InboxFilters {
  status?: EnquiryStatus
  treatment?: string
  from?: string
  to?: string
  source?: string
  language?: Locale
}

type QueryValue = string | string[] | null | undefined

/**
 * The inbox filters from a query string, as the inbox page and the CSV export both read them: a
 * value that is not a filter (a typo, a hand-edited link) is dropped rather than refused, so staff
 * always get a list.
 */
export function parseInboxFilters(get: (name: keyof InboxFilters) => QueryValue): InboxFilters {
  const first = (name: keyof InboxFilters) => {
    const value = get(name)
    return (Array.isArray(value) ? value[0] : value) || undefined
  }
  return inboxFiltersSchema.parse({
    status: first('status'),
    treatment: first('treatment'),
    from: first('from'),
    to: first('to'),
    source: first('source'),
    language: first('language'),
  })
}

/** The filters as a query string (without the page), for pagination and export links. */
export function inboxFiltersQuery(filters: InboxFilters): string {
  return new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1]))).toString()
}

export interface InboxItem extends EnquiryRow {
  notification: NotificationStatus
}

export const INBOX_PAGE_SIZE = 50

export const inboxPageSchema = z.coerce.number().int().min(1).max(1_000_000).catch(1)

export interface InboxPage {
  items: InboxItem[]
  /** Every enquiry matching the filters, not only this page. */
  total: number
  page: number
  pageCount: number
}

type EnquiryQuery = SelectQueryBuilder<Database, 'enquiries', object>

function filtered<Q extends EnquiryQuery>(query: Q, filters: InboxFilters): Q {
  let q = query
  if (filters.status) q = q.where('enquiries.status', '=', filters.status) as Q
  if (filters.treatment) q = q.where('enquiries.treatment_slug', '=', filters.treatment) as Q
  if (filters.source) q = q.where('enquiries.source_path', '=', filters.source) as Q
  if (filters.language) q = q.where('enquiries.language', '=', filters.language) as Q
  if (filters.from) q = q.where('enquiries.created_at', '>=', startOfSingaporeDay(filters.from).toISOString()) as Q
  if (filters.to) {
    const end = new Date(startOfSingaporeDay(filters.to).getTime() + 24 * 3600 * 1000)
    q = q.where('enquiries.created_at', '<', end.toISOString()) as Q
  }
  return q
}

// The notification state is worked out in SQL per row (as notificationStatus does in code), so no
// list of row ids is ever bound as parameters, whatever the number of rows.
function withNotification(db: Kysely<Database>, filters: InboxFilters) {
  return filtered(db.selectFrom('enquiries') as EnquiryQuery, filters)
    .selectAll('enquiries')
    .select(
      sql<NotificationStatus>`(select case
        when sum(case when j.status = 'failed' then 1 else 0 end) > 0 then 'failed'
        when count(*) > 0 and sum(case when j.status = 'sent' then 1 else 0 end) = count(*) then 'sent'
        else 'waiting' end
        from outbox_jobs j where j.enquiry_id = enquiries.id)`.as('notification'),
    )
}

/** Every page enquiries came from, with how many: the choices of the inbox's source filter. */
export async function listSourcePaths(db: Kysely<Database>): Promise<Array<{path: string; enquiries: number}>> {
  const rows = await db
    .selectFrom('enquiries')
    .select(['source_path', sql<number>`count(*)`.as('n')])
    .where('source_path', 'is not', null)
    .groupBy('source_path')
    .execute()
  return rows.map((r) => ({path: r.source_path!, enquiries: Number(r.n)})).sort((a, b) => b.enquiries - a.enquiries || a.path.localeCompare(b.path))
}

export async function countEnquiries(db: Kysely<Database>, filters: InboxFilters): Promise<number> {
  const row = await filtered(db.selectFrom('enquiries') as EnquiryQuery, filters)
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** One page of the inbox, newest first, with the true number of matching enquiries. */
export async function listEnquiries(
  db: Kysely<Database>,
  filters: InboxFilters,
  {page = 1, pageSize = INBOX_PAGE_SIZE}: {page?: number; pageSize?: number} = {},
): Promise<InboxPage> {
  const total = await countEnquiries(db, filters)
  const pageCount = Math.max(1, Math.ceil(total / pageSize))
  const current = Math.min(Math.max(1, page), pageCount)
  const items = await withNotification(db, filters)
    .orderBy('enquiries.created_at', 'desc')
    .orderBy('enquiries.id', 'desc')
    .limit(pageSize)
    .offset((current - 1) * pageSize)
    .execute()
  return {items: items as InboxItem[], total, page: current, pageCount}
}

/**
 * Every matching enquiry, newest first, a batch at a time (keyset pagination): the export
 * streams any number of rows with one small query per batch and bounded memory.
 */
export async function* eachEnquiryBatch(
  db: Kysely<Database>,
  filters: InboxFilters,
  batchSize = 1000,
): AsyncGenerator<InboxItem[]> {
  let after: {created_at: string; id: string} | undefined
  for (;;) {
    let query = withNotification(db, filters)
    if (after) {
      const {created_at, id} = after
      // A row-value comparison, which both databases answer from the (created_at, id) index;
      // the equivalent OR of two conditions makes SQLite scan and sort the table per batch.
      query = query.where(sql<boolean>`(enquiries.created_at, enquiries.id) < (${created_at}, ${id})`)
    }
    const rows = (await query
      .orderBy('enquiries.created_at', 'desc')
      .orderBy('enquiries.id', 'desc')
      .limit(batchSize)
      .execute()) as InboxItem[]
    if (rows.length === 0) return
    yield rows
    if (rows.length < batchSize) return
    const last = rows[rows.length - 1]!
    after = {created_at: last.created_at, id: last.id}
  }
}

export type RelatedEnquiry = Pick<EnquiryRow, 'id' | 'public_ref' | 'created_at'>

export interface EnquiryDetail {
  enquiry: EnquiryRow
  /** The first enquiry from the same form, when this one is a corrected resend. */
  supersedes?: RelatedEnquiry
  /** Corrected resends of this enquiry, oldest first. */
  updates: RelatedEnquiry[]
  jobs: OutboxJobRow[]
  events: Array<AuditEventRow & {staff_name: string | null}>
  notification: NotificationStatus
}

export async function getEnquiryDetail(db: Kysely<Database>, id: string): Promise<EnquiryDetail | undefined> {
  const enquiry = await db.selectFrom('enquiries').selectAll().where('id', '=', id).executeTakeFirst()
  if (!enquiry) return undefined
  const related = db.selectFrom('enquiries').select(['id', 'public_ref', 'created_at'])
  const [supersedes, updates, jobs, events] = await Promise.all([
    enquiry.supersedes_id ? related.where('id', '=', enquiry.supersedes_id).executeTakeFirst() : undefined,
    related.where('supersedes_id', '=', id).orderBy('created_at').execute(),
    db.selectFrom('outbox_jobs').selectAll().where('enquiry_id', '=', id).orderBy('created_at').execute(),
    // The name is looked up, not copied: the email recorded at the time stays the audit key.
    db
      .selectFrom('audit_events')
      .leftJoin('staff_users', 'staff_users.id', 'audit_events.staff_id')
      .selectAll('audit_events')
      .select('staff_users.name as staff_name')
      .where('audit_events.enquiry_id', '=', id)
      .orderBy('audit_events.at', 'desc')
      .execute(),
  ])
  return {enquiry, supersedes, updates, jobs, events, notification: notificationStatus(jobs)}
}

function auditRow(
  staff: StaffUser | undefined,
  now: Date,
  fields: Partial<AuditEventRow> & Pick<AuditEventRow, 'action'>,
) {
  return {
    id: randomUUID(),
    at: now.toISOString(),
    staff_id: staff?.id ?? null,
    staff_email: staff?.email ?? null,
    enquiry_id: null,
    from_status: null,
    to_status: null,
    note: null,
    ...fields,
  }
}

export async function changeEnquiryStatus(
  db: Kysely<Database>,
  {
    id,
    status,
    note,
    staff,
    now = new Date(),
  }: {id: string; status: EnquiryStatus; note?: string; staff: StaffUser; now?: Date},
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('enquiries')
      .select(['status', 'created_at', 'first_response_seconds'])
      .where('id', '=', id)
      .executeTakeFirst()
    if (!current) return false
    if (current.status !== status) {
      // Kept on the row for the insights page's median: how fast the clinic answers.
      const firstResponse =
        current.first_response_seconds ?? Math.max(0, Math.round((now.getTime() - Date.parse(current.created_at)) / 1000))
      await trx
        .updateTable('enquiries')
        .set({status, updated_at: now.toISOString(), first_response_seconds: firstResponse})
        .where('id', '=', id)
        .execute()
      await trx
        .insertInto('audit_events')
        .values(
          auditRow(staff, now, {
            action: 'status',
            enquiry_id: id,
            from_status: current.status,
            to_status: status,
            note: note || null,
          }),
        )
        .execute()
    } else if (note) {
      await trx
        .insertInto('audit_events')
        .values(auditRow(staff, now, {action: 'note', enquiry_id: id, note}))
        .execute()
    }
    return true
  })
}

export async function addEnquiryNote(
  db: Kysely<Database>,
  {id, note, staff, now = new Date()}: {id: string; note: string; staff: StaffUser; now?: Date},
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const exists = await trx.selectFrom('enquiries').select('id').where('id', '=', id).executeTakeFirst()
    if (!exists) return false
    await trx.updateTable('enquiries').set({updated_at: now.toISOString()}).where('id', '=', id).execute()
    await trx
      .insertInto('audit_events')
      .values(auditRow(staff, now, {action: 'note', enquiry_id: id, note}))
      .execute()
    return true
  })
}

/**
 * Deletes an enquiry and everything written about it (jobs, notes) when the person withdraws
 * consent (PDPA s16). What remains is an audit line saying who deleted which id, with no
 * personal data.
 */
export async function deleteEnquiry(
  db: Kysely<Database>,
  {
    id,
    staff,
    reason,
    now = new Date(),
  }: {id: string; staff: StaffUser | undefined; reason: string; now?: Date},
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const deleted = await trx.deleteFrom('enquiries').where('id', '=', id).executeTakeFirst()
    if (Number(deleted.numDeletedRows) === 0) return false
    await trx.deleteFrom('outbox_jobs').where('enquiry_id', '=', id).execute()
    await trx.deleteFrom('audit_events').where('enquiry_id', '=', id).execute()
    await trx
      .insertInto('audit_events')
      .values(auditRow(staff, now, {action: 'delete', enquiry_id: id, note: reason}))
      .execute()
    return true
  })
}

export async function recordAudit(
  db: Kysely<Database>,
  staff: StaffUser | undefined,
  fields: Partial<AuditEventRow> & Pick<AuditEventRow, 'action'>,
  now = new Date(),
): Promise<void> {
  await db
    .insertInto('audit_events')
    .values(auditRow(staff, now, fields))
    .execute()
}

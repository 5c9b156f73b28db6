import {randomUUID} from 'node:crypto'
import type {Kysely} from 'kysely'
import {z} from 'zod'
import {
  type AuditEventRow,
  type Database,
  ENQUIRY_STATUSES,
  type EnquiryRow,
  type EnquiryStatus,
  type OutboxJobRow,
} from './db-schema'
import {startOfSingaporeDay} from './format'
import {notificationStatus, type NotificationStatus} from './outbox'
import type {StaffUser} from './staff-accounts'

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
})
export interface InboxFilters {
  status?: EnquiryStatus
  treatment?: string
  from?: string
  to?: string
}

export interface InboxItem extends EnquiryRow {
  notification: NotificationStatus
}

export async function listEnquiries(
  db: Kysely<Database>,
  filters: InboxFilters,
  limit = 500,
): Promise<InboxItem[]> {
  let query = db.selectFrom('enquiries').selectAll().orderBy('created_at', 'desc').limit(limit)
  if (filters.status) query = query.where('status', '=', filters.status)
  if (filters.treatment) query = query.where('treatment_slug', '=', filters.treatment)
  if (filters.from) query = query.where('created_at', '>=', startOfSingaporeDay(filters.from).toISOString())
  if (filters.to) {
    const end = new Date(startOfSingaporeDay(filters.to).getTime() + 24 * 3600 * 1000)
    query = query.where('created_at', '<', end.toISOString())
  }
  const rows = await query.execute()
  if (rows.length === 0) return []
  const jobs = await db
    .selectFrom('outbox_jobs')
    .select(['enquiry_id', 'status'])
    .where(
      'enquiry_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute()
  const byEnquiry = new Map<string, Array<Pick<OutboxJobRow, 'status'>>>()
  for (const job of jobs) byEnquiry.set(job.enquiry_id, [...(byEnquiry.get(job.enquiry_id) ?? []), job])
  return rows.map((row) => ({...row, notification: notificationStatus(byEnquiry.get(row.id) ?? [])}))
}

export interface EnquiryDetail {
  enquiry: EnquiryRow
  jobs: OutboxJobRow[]
  events: Array<AuditEventRow & {staff_name: string | null}>
  notification: NotificationStatus
}

export async function getEnquiryDetail(db: Kysely<Database>, id: string): Promise<EnquiryDetail | undefined> {
  const enquiry = await db.selectFrom('enquiries').selectAll().where('id', '=', id).executeTakeFirst()
  if (!enquiry) return undefined
  const [jobs, events] = await Promise.all([
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
  return {enquiry, jobs, events, notification: notificationStatus(jobs)}
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
    const current = await trx.selectFrom('enquiries').select('status').where('id', '=', id).executeTakeFirst()
    if (!current) return false
    if (current.status !== status) {
      await trx
        .updateTable('enquiries')
        .set({status, updated_at: now.toISOString()})
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

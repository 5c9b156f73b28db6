import type {Generated, Selectable} from 'kysely'

// Times are stored as ISO 8601 UTC strings (Date#toISOString) in both dialects: they sort and
// compare as text, and rows read back the same from SQLite and Postgres.

export const ENQUIRY_STATUSES = ['new', 'contacted', 'booked', 'closed'] as const
export type EnquiryStatus = (typeof ENQUIRY_STATUSES)[number]

export const OUTBOX_KINDS = ['clinic_notification', 'patient_acknowledgement'] as const
export type OutboxKind = (typeof OUTBOX_KINDS)[number]

export type OutboxStatus = 'pending' | 'sent' | 'failed'

export interface EnquiriesTable {
  id: string
  public_ref: string
  idempotency_key: string
  created_at: string
  updated_at: string
  status: EnquiryStatus
  treatment_slug: string | null
  treatment_name: string | null
  full_name: string
  phone: string
  email: string
  patient_type: 'new' | 'returning'
  preferred_days: string // JSON array of day keys
  time_of_day: string
  message: string
  consent_at: string
  marketing_opt_in: number // 0 | 1
  marketing_opt_in_at: string | null
  /** Hash of what the patient sent: tells a corrected resend of the same form from a repeat. */
  body_hash: string | null
  /** A correction sent again with the same form: the enquiry it updates. */
  supersedes_id: string | null
  /** The page of this site the patient came from (a path such as /blog/<slug>); null when unknown. */
  source_path: string | null
  /** Seconds from arrival to the first status change staff made; null until then. */
  first_response_seconds: number | null
  /** The edition of the form it was sent from (`en`, `zh-Hans`: lib/i18n/locales.ts); the default is `en`. */
  language: Generated<string>
}

export interface OutboxJobsTable {
  id: string
  enquiry_id: string
  kind: OutboxKind
  status: OutboxStatus
  attempts: number
  next_attempt_at: string
  locked_until: string | null
  last_error: string | null
  created_at: string
  updated_at: string
  sent_at: string | null
}

export interface RateLimitsTable {
  key: string
  window_start: string
  count: number
}

export interface StaffUsersTable {
  id: string
  email: string
  name: string
  password_hash: string
  created_at: string
  disabled_at: string | null
}

export interface StaffSessionsTable {
  id: string // sha256 of the session token; the token itself only lives in the sealed cookie
  staff_id: string
  created_at: string
  expires_at: string
  /** For the idle timeout; null on sessions from before it existed (created_at counts). */
  last_seen_at: string | null
}

export interface LoginFailuresTable {
  key: string // keyed hash of the account or the IP address, as for rate limits
  failures: number
  last_failure_at: string
}

export interface PreviewSessionsTable {
  id: string // sha256 of the preview token; the token itself only lives in the editor's cookie
  created_at: string
  expires_at: string
}

export interface HealthProbesTable {
  id: string // one row per process is enough; the write is the point
  at: string
}

export interface AuditEventsTable {
  id: string
  at: string
  staff_id: string | null
  staff_email: string | null
  action: 'status' | 'note' | 'export' | 'delete' | 'purge' | 'retry_notification'
  enquiry_id: string | null
  from_status: string | null
  to_status: string | null
  note: string | null
}

export interface WebhookDeliveriesTable {
  id: string
  /** Epoch milliseconds (bigint: Postgres hands it back as a string). */
  expires_at: number | string
}

export const CONTACT_CHANNELS = ['whatsapp', 'phone'] as const
export type ContactChannel = (typeof CONTACT_CHANNELS)[number]

/** Taps on the clinic's contact links, summed per Singapore day, page and channel; nothing about who. */
export interface ContactTapCountsTable {
  day: string // YYYY-MM-DD in Singapore
  page: string // a path of this site, or '' when the page is not known
  channel: ContactChannel
  taps: number
}

export interface Database {
  enquiries: EnquiriesTable
  outbox_jobs: OutboxJobsTable
  rate_limits: RateLimitsTable
  staff_users: StaffUsersTable
  staff_sessions: StaffSessionsTable
  audit_events: AuditEventsTable
  preview_sessions: PreviewSessionsTable
  health_probes: HealthProbesTable
  login_failures: LoginFailuresTable
  webhook_deliveries: WebhookDeliveriesTable
  contact_tap_counts: ContactTapCountsTable
}

export type EnquiryRow = Selectable<EnquiriesTable>
export type OutboxJobRow = Selectable<OutboxJobsTable>
export type AuditEventRow = Selectable<AuditEventsTable>
export type StaffUserRow = Selectable<StaffUsersTable>

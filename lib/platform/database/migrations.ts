import {type Kysely, type Migration, type MigrationProvider, Migrator, sql} from 'kysely'

// One set of migrations for both dialects: only portable column types (text, integer) and
// application-generated ids, so the same statements run on SQLite and Postgres.
// Never edit a migration that has shipped; add the next one.
const migrations: Record<string, Migration> = {
  '0001_enquiries_outbox_staff': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('enquiries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('public_ref', 'text', (c) => c.notNull().unique())
        .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('treatment_slug', 'text')
        .addColumn('treatment_name', 'text')
        .addColumn('full_name', 'text', (c) => c.notNull())
        .addColumn('phone', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('patient_type', 'text', (c) => c.notNull())
        .addColumn('preferred_days', 'text', (c) => c.notNull())
        .addColumn('time_of_day', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('consent_at', 'text', (c) => c.notNull())
        .addColumn('marketing_opt_in', 'integer', (c) => c.notNull())
        .addColumn('marketing_opt_in_at', 'text')
        .execute()
      await db.schema.createIndex('enquiries_created_at').on('enquiries').column('created_at').execute()
      await db.schema
        .createIndex('enquiries_status')
        .on('enquiries')
        .columns(['status', 'created_at'])
        .execute()

      await db.schema
        .createTable('outbox_jobs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('enquiry_id', 'text', (c) => c.notNull().references('enquiries.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('locked_until', 'text')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text')
        .execute()
      await db.schema
        .createIndex('outbox_jobs_due')
        .on('outbox_jobs')
        .columns(['status', 'next_attempt_at'])
        .execute()
      await db.schema.createIndex('outbox_jobs_enquiry').on('outbox_jobs').column('enquiry_id').execute()

      await db.schema
        .createTable('rate_limits')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('rate_limits_pk', ['key', 'window_start'])
        .execute()

      await db.schema
        .createTable('staff_users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('disabled_at', 'text')
        .execute()

      await db.schema
        .createTable('staff_sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('staff_id', 'text', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute()

      // No foreign key to enquiries: the record that an enquiry was deleted must outlive it.
      await db.schema
        .createTable('audit_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('staff_id', 'text')
        .addColumn('staff_email', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('enquiry_id', 'text')
        .addColumn('from_status', 'text')
        .addColumn('to_status', 'text')
        .addColumn('note', 'text')
        .execute()
      await db.schema
        .createIndex('audit_events_enquiry')
        .on('audit_events')
        .columns(['enquiry_id', 'at'])
        .execute()
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        'audit_events',
        'staff_sessions',
        'staff_users',
        'rate_limits',
        'outbox_jobs',
        'enquiries',
      ]) {
        await db.schema.dropTable(table).ifExists().execute()
      }
    },
  },
  // Hardening: idle timeout of staff sessions, login back-off, corrections sent again
  // with the same rendered form. Columns are nullable so rows written before stay valid.
  '0002_sessions_idle_login_backoff_enquiry_updates': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('staff_sessions').addColumn('last_seen_at', 'text').execute()
      await db.schema.alterTable('enquiries').addColumn('body_hash', 'text').execute()
      await db.schema.alterTable('enquiries').addColumn('supersedes_id', 'text').execute()
      await db.schema.createIndex('enquiries_supersedes').on('enquiries').column('supersedes_id').execute()
      // The inbox's order (newest first, id as tie-break), for paging and the streamed export.
      await db.schema.createIndex('enquiries_created_id').on('enquiries').columns(['created_at', 'id']).execute()
      await db.schema
        .createTable('login_failures')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('last_failure_at', 'text', (c) => c.notNull())
        .execute()
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('login_failures').ifExists().execute()
      await db.schema.dropIndex('enquiries_created_id').ifExists().execute()
      await db.schema.dropIndex('enquiries_supersedes').ifExists().execute()
      await db.schema.alterTable('enquiries').dropColumn('supersedes_id').execute()
      await db.schema.alterTable('enquiries').dropColumn('body_hash').execute()
      await db.schema.alterTable('staff_sessions').dropColumn('last_seen_at').execute()
    },
  },
  // The publish webhook's delivery ledger (lib/publishing/delivery-ledger-sql.ts): ids of deliveries
  // already handled, each with its expiry in epoch milliseconds. `if not exists` because until this
  // migration the ledger created the table itself on first use, so databases in service may have it.
  '0003_webhook_deliveries': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('webhook_deliveries')
        .ifNotExists()
        .addColumn('id', 'varchar(200)', (c) => c.primaryKey())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute()
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('webhook_deliveries').ifExists().execute()
    },
  },
  // Site search insights: sums per normalised query and day, nothing about who searched
  // (lib/search/insights/query-counts.ts).
  '0004_search_query_counts': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('search_query_counts')
        .addColumn('query', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('searches', 'integer', (c) => c.notNull())
        .addColumn('zero_results', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('search_query_counts_pk', ['query', 'day'])
        .execute()
      await db.schema.createIndex('search_query_counts_day').on('search_query_counts').column('day').execute()
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('search_query_counts').ifExists().execute()
    },
  },
  // Preview of drafts is a session of the site's own, which expires and which leaving preview ends.
  // Health proves the database takes writes by updating its one row of health_probes.
  '0005_preview_sessions_health_probe': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('preview_sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createTable('health_probes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute()
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('health_probes').ifExists().execute()
      await db.schema.dropTable('preview_sessions').ifExists().execute()
    },
  },
  // Which page of the site an enquiry came from, how long until its first status change, and taps
  // on the clinic's WhatsApp and phone links summed per page, channel and Singapore day: nothing
  // about who tapped (lib/insights).
  '0006_enquiry_source_contact_taps': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('enquiries').addColumn('source_path', 'text').execute()
      await db.schema.alterTable('enquiries').addColumn('first_response_seconds', 'integer').execute()
      // Each of the insights page's sums walks one of these in order, without touching the rows
      // or sorting (a group-by over a temporary sort was the slow part at 100,000 enquiries).
      // The first also serves the inbox filter by source page, newest first.
      await db.schema
        .createIndex('enquiries_source_created')
        .on('enquiries')
        .columns(['source_path', 'created_at', 'supersedes_id'])
        .execute()
      await db.schema
        .createIndex('enquiries_treatment_created')
        .on('enquiries')
        .columns(['treatment_name', 'created_at', 'supersedes_id'])
        .execute()
      await db.schema
        .createIndex('enquiries_created_supersedes')
        .on('enquiries')
        .columns(['created_at', 'supersedes_id', 'first_response_seconds'])
        .execute()
      await db.schema
        .createIndex('enquiries_first_response')
        .on('enquiries')
        .columns(['first_response_seconds', 'created_at', 'supersedes_id'])
        .execute()
      await db.schema
        .createTable('contact_tap_counts')
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('page', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('taps', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('contact_tap_counts_pk', ['day', 'page', 'channel'])
        .execute()
      // Enquiries answered before this migration: their first status change from the audit trail.
      // Worked out here rather than in SQL, whose date arithmetic differs between the two databases.
      const first = await sql<{id: string; created_at: string; first_at: string}>`
        select e.id, e.created_at, min(a.at) as first_at
        from enquiries e join audit_events a on a.enquiry_id = e.id and a.action = 'status'
        group by e.id, e.created_at`.execute(db)
      for (const row of first.rows) {
        const seconds = Math.max(0, Math.round((Date.parse(row.first_at) - Date.parse(row.created_at)) / 1000))
        await sql`update enquiries set first_response_seconds = ${seconds} where id = ${row.id}`.execute(db)
      }
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('contact_tap_counts').ifExists().execute()
      for (const index of ['enquiries_first_response', 'enquiries_created_supersedes', 'enquiries_treatment_created', 'enquiries_source_created']) {
        await db.schema.dropIndex(index).ifExists().execute()
      }
      await db.schema.alterTable('enquiries').dropColumn('first_response_seconds').execute()
      await db.schema.alterTable('enquiries').dropColumn('source_path').execute()
    },
  },
  // The edition of the booking form an enquiry came from (#27): staff see it, the patient's
  // acknowledgement is written in it. Every enquiry before this one came from the English form.
  '0007_enquiry_language': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('enquiries')
        .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
        .execute()
      // The inbox filter by language, newest first.
      await db.schema.createIndex('enquiries_language_created').on('enquiries').columns(['language', 'created_at']).execute()
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('enquiries_language_created').ifExists().execute()
      await db.schema.alterTable('enquiries').dropColumn('language').execute()
    },
  },
}

const provider: MigrationProvider = {getMigrations: async () => migrations}

/**
 * `schema` (Postgres) pins the bookkeeping tables to the schema the app writes to. Without it
 * Kysely looks for them in every schema, finds another app's (or test run's) copy, and skips
 * creating its own.
 */
export function createMigrator(db: Kysely<unknown>, schema?: string): Migrator {
  return new Migrator({
    db,
    provider,
    // Named when enquiries were the only tables; renaming would re-run every migration in service.
    migrationTableName: 'enquiry_migrations',
    migrationLockTableName: 'enquiry_migrations_lock',
    ...(schema ? {migrationTableSchema: schema} : {}),
  })
}

/** Applies pending migrations; throws with the failing migration's error. */
export async function migrateToLatest(db: Kysely<unknown>, schema?: string): Promise<string[]> {
  const {error, results} = await createMigrator(db, schema).migrateToLatest()
  if (error) throw error instanceof Error ? error : new Error(String(error))
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}

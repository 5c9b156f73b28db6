import {type Kysely, sql} from 'kysely'
import type {Database, EnquiryRow, OutboxJobRow} from '@/lib/platform/database/schema'
import type {DialectName} from '@/lib/platform/database/db'
import {classifySmtpError, describeSmtpError, type MailMessage, type Mailer} from './mailer'

// The notification outbox. A job is written in the same transaction as its enquiry; a sender
// claims due jobs with a lease, sends, and records the outcome. A crash between claim and
// record only delays the email until the lease runs out (at-least-once delivery; the stable
// Message-ID lets mail clients fold a rare duplicate).

export interface BackoffPolicy {
  baseMs: number
  maxMs: number
  maxAttempts: number
}

export const DEFAULT_BACKOFF: BackoffPolicy = {baseMs: 30_000, maxMs: 60 * 60_000, maxAttempts: 40}
const LEASE_MS = 2 * 60_000

export function retryDelayMs(
  attempts: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempts - 1))
  // Jitter spreads retries after an outage so the queue does not hit the server in one wave.
  return Math.round(exponential * (0.8 + 0.4 * random()))
}

export async function claimDueJobs(
  db: Kysely<Database>,
  dialect: DialectName,
  {now, limit, leaseMs = LEASE_MS}: {now: Date; limit: number; leaseMs?: number},
): Promise<OutboxJobRow[]> {
  const nowIso = now.toISOString()
  // One UPDATE ... WHERE id IN (SELECT ...) RETURNING: in SQLite it is a single write transaction
  // (serialised by the database lock); in Postgres FOR UPDATE SKIP LOCKED lets several senders
  // claim disjoint batches without waiting on each other.
  return db
    .updateTable('outbox_jobs')
    .set({
      locked_until: new Date(now.getTime() + leaseMs).toISOString(),
      attempts: sql<number>`attempts + 1`,
      updated_at: nowIso,
    })
    .where('id', 'in', (eb) => {
      const due = eb
        .selectFrom('outbox_jobs')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', nowIso)
        .where((w) => w.or([w('locked_until', 'is', null), w('locked_until', '<=', nowIso)]))
        .orderBy('next_attempt_at')
        .limit(limit)
      return dialect === 'postgres' ? due.forUpdate().skipLocked() : due
    })
    .returningAll()
    .execute()
}

export interface OutboxRun {
  claimed: number
  sent: number
  retrying: number
  failed: number
}

export interface OutboxOptions {
  db: Kysely<Database>
  dialect: DialectName
  /** Without a mailer (no SMTP_URL) jobs stay queued and the staff inbox says so. */
  mailer?: Mailer
  compose: (job: OutboxJobRow, enquiry: EnquiryRow) => MailMessage | Promise<MailMessage>
  now?: () => Date
  backoff?: BackoffPolicy
  batchSize?: number
  onError?: (job: OutboxJobRow, error: unknown, outcome: 'retrying' | 'failed') => void
}

/** Sends everything that is due, batch by batch, until nothing due is left. */
export async function processOutbox(options: OutboxOptions): Promise<OutboxRun> {
  const run: OutboxRun = {claimed: 0, sent: 0, retrying: 0, failed: 0}
  if (!options.mailer) return run
  const clock = options.now ?? (() => new Date())
  for (;;) {
    const jobs = await claimDueJobs(options.db, options.dialect, {
      now: clock(),
      limit: options.batchSize ?? 25,
    })
    if (jobs.length === 0) return run
    run.claimed += jobs.length
    const outcomes = await Promise.all(jobs.map((job) => sendJob(job, options, clock)))
    for (const outcome of outcomes) run[outcome] += 1
  }
}

async function sendJob(
  job: OutboxJobRow,
  options: OutboxOptions,
  clock: () => Date,
): Promise<'sent' | 'retrying' | 'failed'> {
  const {db} = options
  const enquiry = await db
    .selectFrom('enquiries')
    .selectAll()
    .where('id', '=', job.enquiry_id)
    .executeTakeFirst()
  if (!enquiry) {
    // Deleted on request while queued; the job row went with it (cascade) or is about to.
    await db.deleteFrom('outbox_jobs').where('id', '=', job.id).execute()
    return 'failed'
  }
  try {
    await options.mailer!.send(await options.compose(job, enquiry))
  } catch (error) {
    const policy = options.backoff ?? DEFAULT_BACKOFF
    const permanent = classifySmtpError(error) === 'permanent' || job.attempts >= policy.maxAttempts
    const now = clock()
    await db
      .updateTable('outbox_jobs')
      .set({
        status: permanent ? 'failed' : 'pending',
        next_attempt_at: permanent
          ? job.next_attempt_at
          : new Date(now.getTime() + retryDelayMs(job.attempts, policy)).toISOString(),
        locked_until: null,
        last_error: describeSmtpError(error),
        updated_at: now.toISOString(),
      })
      .where('id', '=', job.id)
      .execute()
    const outcome = permanent ? 'failed' : 'retrying'
    options.onError?.(job, error, outcome)
    return outcome
  }
  const now = clock().toISOString()
  await db
    .updateTable('outbox_jobs')
    .set({status: 'sent', sent_at: now, locked_until: null, last_error: null, updated_at: now})
    .where('id', '=', job.id)
    .execute()
  return 'sent'
}

/** Puts a parked (failed) job back in the queue, for example after the clinic fixed a mailbox. */
/** A failed job of this enquiry back in the queue; false when the job is not this enquiry's or not failed. */
export async function requeueJob(db: Kysely<Database>, {jobId, enquiryId}: {jobId: string; enquiryId: string}, now = new Date()): Promise<boolean> {
  const result = await db
    .updateTable('outbox_jobs')
    .set({
      status: 'pending',
      next_attempt_at: now.toISOString(),
      locked_until: null,
      attempts: 0,
      updated_at: now.toISOString(),
    })
    .where('id', '=', jobId)
    .where('enquiry_id', '=', enquiryId)
    .where('status', '=', 'failed')
    .executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}

export type NotificationStatus = 'sent' | 'waiting' | 'failed'

export function notificationStatus(jobs: ReadonlyArray<Pick<OutboxJobRow, 'status'>>): NotificationStatus {
  if (jobs.some((j) => j.status === 'failed')) return 'failed'
  if (jobs.length > 0 && jobs.every((j) => j.status === 'sent')) return 'sent'
  return 'waiting'
}

export interface OutboxBacklog {
  /** Waiting to be sent: new, or retrying after a temporary failure. */
  pending: number
  /** Parked after a permanent failure; staff can try again from the inbox. */
  failed: number
}

export async function outboxBacklog(db: Kysely<Database>): Promise<OutboxBacklog> {
  const rows = await db
    .selectFrom('outbox_jobs')
    .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
    .where('status', 'in', ['pending', 'failed'])
    .groupBy('status')
    .execute()
  const count = (status: string) => Number(rows.find((r) => r.status === status)?.count ?? 0)
  return {pending: count('pending'), failed: count('failed')}
}

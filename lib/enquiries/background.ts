import 'server-only'
import type {RecurringTask} from '@/lib/platform/background'
import {env} from '@/lib/platform/env'
import {log} from '@/lib/platform/log'
import {composeJobEmail, type MailSettings} from './compose-email'
import {getDatabase} from '@/lib/platform/database/db'
import {createSmtpMailer, type Mailer} from './mailer'
import {outboxBacklog, processOutbox, type OutboxBacklog} from './outbox'
import {purgeExpired} from './retention'
import {readRetentionMonths} from './retention-period'

// The enquiries' background work: the outbox sender (after each submission and on a timer) and the
// retention purge (on a timer). lib/platform/background.ts runs the timers; state lives on
// globalThis so that dev-mode reloads share one sender.

export interface ClinicFacts {
  clinicName: string
  email?: string | null
  whatsapp?: string | null
  enquiryRetentionMonths?: number | null
}

interface BackgroundState {
  draining: Promise<void> | undefined
  drainAgain: boolean
  mailer: Mailer | undefined
  facts: ClinicFacts | undefined
}

const state: BackgroundState = ((
  globalThis as {__enquiryBackground?: BackgroundState}
).__enquiryBackground ??= {
  draining: undefined,
  drainAgain: false,
  mailer: undefined,
  facts: undefined,
})

const PURGE_INTERVAL_MS = 6 * 60 * 60 * 1000

/**
 * The cached content getters need a request, so pages and actions hand over the clinic settings
 * they already loaded: the sender name of mail, and the retention period if the CMS is down
 * when the purge runs.
 */
export function rememberClinicFacts(facts: ClinicFacts): void {
  state.facts = facts
}

export function isEmailConfigured(): boolean {
  return Boolean(env().SMTP_URL)
}

function getMailer(): Mailer | undefined {
  const {SMTP_URL} = env()
  if (!SMTP_URL) return undefined
  state.mailer ??= createSmtpMailer(SMTP_URL)
  return state.mailer
}

function mailSettings(): MailSettings {
  const {MAIL_FROM, CLINIC_NOTIFY_EMAIL, SITE_URL} = env()
  const clinicName = state.facts?.clinicName ?? 'Clinic website'
  const clinicEmail = CLINIC_NOTIFY_EMAIL ?? state.facts?.email ?? ''
  return {
    clinicName,
    clinicEmail,
    from: MAIL_FROM ?? `"${clinicName.replace(/["\\]/g, '')}" <${clinicEmail}>`,
    siteUrl: SITE_URL,
    whatsapp: state.facts?.whatsapp ?? undefined,
  }
}

async function drainOnce(): Promise<void> {
  const {db, dialect} = await getDatabase()
  const settings = mailSettings()
  const host = new URL(settings.siteUrl).hostname
  const run = await processOutbox({
    db,
    dialect,
    mailer: getMailer(),
    compose: (job, enquiry) => composeJobEmail(job, enquiry, settings, `<${job.id}@${host}>`),
    onError: (job, error, outcome) =>
      log.warn('outbox.send_failed', {
        jobId: job.id,
        enquiryId: job.enquiry_id,
        attempts: job.attempts,
        outcome,
        error,
      }),
  })
  if (run.claimed > 0) log.info('outbox.run', {...run})
}

/**
 * Sends whatever is due. Calls that arrive while a run is in progress fold into one more run
 * afterwards, so a burst of submissions does not start a sender each.
 */
export function drainOutbox(): Promise<void> {
  if (state.draining) {
    state.drainAgain = true
    return state.draining
  }
  state.draining = (async () => {
    try {
      do {
        state.drainAgain = false
        await drainOnce()
      } while (state.drainAgain)
    } catch (error) {
      log.error('outbox.run_failed', {error})
    } finally {
      state.draining = undefined
    }
  })()
  return state.draining
}

export async function runRetentionPurge(): Promise<void> {
  // Read at purge time; the settings a page loaded last are the fallback when the CMS is down.
  const months = await readRetentionMonths().catch((error: unknown) => {
    log.warn('retention.settings_unavailable', {error})
    return state.facts?.enquiryRetentionMonths ?? undefined
  })
  if (!months) {
    log.warn('retention.skipped', {reason: 'the clinic settings have no valid enquiryRetentionMonths'})
    return
  }
  try {
    const {db} = await getDatabase()
    const result = await purgeExpired(db, {months})
    if (result.enquiries > 0) log.info('retention.purged', {...result, months})
  } catch (error) {
    log.error('retention.failed', {error})
  }
}

/** The outbox sender and the retention purge, for the server's timers (instrumentation.ts). */
export function enquiryTasks(): RecurringTask[] {
  return [
    // Jobs left by a previous process (crash, deploy) are picked up straight away.
    {name: 'outbox', everyMs: env().OUTBOX_INTERVAL_SECONDS * 1000, firstRunAfterMs: 0, run: drainOutbox},
    {name: 'retention-purge', everyMs: PURGE_INTERVAL_MS, firstRunAfterMs: 60_000, run: runRetentionPurge},
  ]
}

/** What is still waiting to be sent or parked as failed (the cron route's answer). */
export async function outboxWaiting(): Promise<OutboxBacklog> {
  const {db} = await getDatabase()
  return outboxBacklog(db)
}

/** Waits for a running send to finish and closes the SMTP connection (tests, graceful shutdown). */
export async function stopOutboxSender(): Promise<void> {
  await state.draining
  state.mailer?.close()
  state.mailer = undefined
}

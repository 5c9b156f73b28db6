import 'server-only'
import {loadClinicSettings} from '@/lib/content'
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

interface BackgroundState {
  draining: Promise<void> | undefined
  drainAgain: boolean
  mailer: Mailer | undefined
}

const state: BackgroundState = ((
  globalThis as {__enquiryBackground?: BackgroundState}
).__enquiryBackground ??= {
  draining: undefined,
  drainAgain: false,
  mailer: undefined,
})

const PURGE_INTERVAL_MS = 6 * 60 * 60 * 1000

export function isEmailConfigured(): boolean {
  return Boolean(env().SMTP_URL)
}

function getMailer(): Mailer | undefined {
  const {SMTP_URL} = env()
  if (!SMTP_URL) return undefined
  state.mailer ??= createSmtpMailer(SMTP_URL)
  return state.mailer
}

/** Who the mail is from, read from the clinic settings when there is mail to send. */
async function mailSettings(): Promise<MailSettings> {
  const {MAIL_FROM, CLINIC_NOTIFY_EMAIL, SITE_URL} = env()
  const settings = await loadClinicSettings().catch((error: unknown) => {
    // Never seen and unreachable now: the enquiry still reaches the clinic, under a generic name.
    log.warn('outbox.settings_unavailable', {error})
    return undefined
  })
  const clinicName = settings?.clinicName ?? 'Clinic website'
  const clinicEmail = CLINIC_NOTIFY_EMAIL ?? settings?.email ?? ''
  return {
    clinicName,
    clinicEmail,
    from: MAIL_FROM ?? `"${clinicName.replace(/["\\]/g, '')}" <${clinicEmail}>`,
    siteUrl: SITE_URL,
    whatsapp: settings?.whatsapp ?? undefined,
  }
}

async function drainOnce(): Promise<void> {
  const {db, dialect} = await getDatabase()
  const host = new URL(env().SITE_URL).hostname
  let settings: Promise<MailSettings> | undefined
  const run = await processOutbox({
    db,
    dialect,
    mailer: getMailer(),
    compose: async (job, enquiry) =>
      composeJobEmail(job, enquiry, await (settings ??= mailSettings()), `<${job.id}@${host}>`),
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
  // Read at purge time (the last good settings when the CMS is down).
  const months = await readRetentionMonths().catch((error: unknown) => {
    log.warn('retention.settings_unavailable', {error})
    return undefined
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

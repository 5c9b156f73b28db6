import nodemailer from 'nodemailer'
import {parseConnectionUrl} from 'nodemailer/lib/shared/index.js'
import type SMTPTransport from 'nodemailer/lib/smtp-transport'
import type Mail from 'nodemailer/lib/mailer'

export type MailMessage = Mail.Options

export interface Mailer {
  send(message: MailMessage): Promise<void>
  close(): void
}

/** An SMTP mailer from a URL such as smtp://user:pass@host:587 or smtps://host:465. */
export interface MailerTuning {
  pool?: boolean
  connectionTimeout?: number
  greetingTimeout?: number
  socketTimeout?: number
}

export function createSmtpMailer(smtpUrl: string, overrides: MailerTuning = {}): Mailer {
  // nodemailer ignores every other option when it is given `url`, so the URL is parsed first and
  // the tuning merged in (credentials and TLS mode still come from the URL).
  const transport = nodemailer.createTransport({
    ...parseConnectionUrl(smtpUrl),
    // A pool keeps a few connections open so a burst of enquiries does not open one per email.
    pool: true,
    maxConnections: 4,
    maxMessages: 1000,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    ...overrides,
  } as SMTPTransport.Options)
  return {
    async send(message) {
      await transport.sendMail(message)
    },
    close: () => transport.close(),
  }
}

export type SmtpFailure = 'temporary' | 'permanent'

// SMTP says which failures are worth retrying: 4xx replies are temporary (greylisting, a full
// queue), 5xx are permanent (no such mailbox, rejected content). Network errors and rejected
// credentials are treated as temporary: they are fixed by an operator, not by the message.
export function classifySmtpError(error: unknown): SmtpFailure {
  const e = error as {responseCode?: number; code?: string}
  if (e?.code === 'EAUTH') return 'temporary'
  if (typeof e?.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600) return 'permanent'
  return 'temporary'
}

export function describeSmtpError(error: unknown): string {
  const e = error as {responseCode?: number; code?: string; message?: string}
  const parts = [e?.code, e?.responseCode, e?.message ?? String(error)].filter(Boolean)
  return parts.join(' ').slice(0, 500)
}

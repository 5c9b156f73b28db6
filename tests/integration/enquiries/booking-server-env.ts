import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {SmtpTestServer} from '@/tests/support/smtp-test-server'

export interface BookingServerEnv {
  smtp: SmtpTestServer
}

/**
 * What the booking code reads inside a Next server, set up for a test file: a fresh SQLite file,
 * an SMTP server, and the environment pointing at both. Registers its own beforeAll/afterAll;
 * call it before the file's beforeAll that imports the code under test.
 */
export function bookingServerEnv({
  secret,
  rateLimit,
  extra = {},
}: {
  secret: string
  rateLimit: number
  extra?: Record<string, string>
}): BookingServerEnv {
  const env = {smtp: new SmtpTestServer()}
  let dir = ''
  beforeAll(async () => {
    await env.smtp.start()
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'booking-server-'))
    Object.assign(process.env, {
      SQLITE_PATH: path.join(dir, 'data', 'enquiries.sqlite'),
      SESSION_SECRET: secret,
      SMTP_URL: env.smtp.url,
      CLINIC_NOTIFY_EMAIL: 'frontdesk@clinic.test',
      MAIL_FROM: 'Test Clinic <no-reply@clinic.test>',
      ENQUIRY_RATE_LIMIT: String(rateLimit),
      ENQUIRY_MIN_FILL_SECONDS: '3',
      DATABASE_URL: '',
      ...extra,
    })
  })
  afterAll(async () => {
    const {stopOutboxSender} = await import('@/lib/enquiries/background')
    await stopOutboxSender()
    const {getDatabase} = await import('@/lib/platform/database/db')
    await (await getDatabase()).close()
    await env.smtp.stop()
    fs.rmSync(dir, {recursive: true, force: true})
  })
  return env
}

import {z} from 'zod'

// Every variable is optional: with none set, the site runs on the bundled snapshot with SQLite
// and no email (the embedded default). Setting one switches that service on.
const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional()

const optionalUrl = (protocols: string[]) =>
  optionalString.refine(
    (v) => {
      if (v === undefined) return true
      try {
        return protocols.includes(new URL(v).protocol)
      } catch {
        return false
      }
    },
    {message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`},
  )

const integer = (fallback: number, min: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : Number(v)))
    .pipe(
      z
        .number({message: 'must be a whole number'})
        .int({message: 'must be a whole number'})
        .min(min, {message: `must be at least ${min}`}),
    )

const positiveInt = (fallback: number) => integer(fallback, 1)

const flag = (fallback: boolean) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((v) => (v === undefined || v === '' ? String(fallback) : v))
    .pipe(z.enum(['true', 'false', '1', '0'], {message: 'must be true or false'}))
    .transform((v) => v === 'true' || v === '1')

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    SITE_URL: optionalUrl(['http:', 'https:']).transform((v) =>
      (v ?? 'http://localhost:3000').replace(/\/$/, ''),
    ),

    // Content: Sanity's Content Lake when SANITY_PROJECT_ID is set, otherwise the bundled snapshot.
    SANITY_PROJECT_ID: optionalString.refine((v) => v === undefined || /^[a-z0-9-]+$/.test(v), {
      message: 'must be a Sanity project id (lowercase letters, digits and dashes)',
    }),
    SANITY_DATASET: optionalString
      .refine((v) => v === undefined || /^[a-z0-9_-]{1,64}$/.test(v), {
        message: 'must be a dataset name such as "production"',
      })
      .transform((v) => v ?? 'production'),
    SANITY_API_VERSION: optionalString
      .refine((v) => v === undefined || /^(v\d{4}-\d{2}-\d{2}|v1|vX)$/.test(v), {
        message: 'must look like v2025-02-19',
      })
      .transform((v) => v ?? 'v2025-02-19'),
    // The local Content Lake (local-content-lake/, development and tests only): every Sanity client
    // of the server and scripts talks to this host instead of <projectId>.api.sanity.io.
    SANITY_API_HOST: optionalUrl(['http:', 'https:']).transform((v) => v?.replace(/\/$/, '')),
    SANITY_API_READ_TOKEN: optionalString,
    SANITY_API_WRITE_TOKEN: optionalString,
    SANITY_REVALIDATE_SECRET: optionalString,
    PREVIEW_SECRET: optionalString,
    CONTENT_SNAPSHOT_DIR: optionalString,
    CONTENT_REVALIDATE_SECONDS: positiveInt(3600),

    // Enquiries: SQLite file by default, Postgres with DATABASE_URL.
    DATABASE_URL: optionalUrl(['postgres:', 'postgresql:']),
    SQLITE_PATH: optionalString.transform((v) => v ?? './data/enquiries.sqlite'),
    SMTP_URL: optionalUrl(['smtp:', 'smtps:']),
    MAIL_FROM: optionalString.refine((v) => v === undefined || /@/.test(v), {
      message: 'must contain an email address',
    }),
    CLINIC_NOTIFY_EMAIL: optionalString.refine((v) => v === undefined || /^[^@\s]+@[^@\s]+$/.test(v), {
      message: 'must be an email address',
    }),
    SESSION_SECRET: optionalString.refine((v) => v === undefined || v.length >= 32, {
      message: 'must be at least 32 characters',
    }),
    ENQUIRY_RATE_LIMIT: positiveInt(5),
    ENQUIRY_RATE_WINDOW_SECONDS: positiveInt(600),
    ENQUIRY_MIN_FILL_SECONDS: integer(3, 0),
    OUTBOX_INTERVAL_SECONDS: positiveInt(30),
    // Off by default: the form does not prove the address is the patient's, so each
    // acknowledgement is mail to an address a stranger typed. Switch on with a sending domain
    // that has SPF and DKIM, so it neither lands in spam nor can be used to send spam.
    ENQUIRY_SEND_ACKNOWLEDGEMENT: flag(false),
    // Serverless hosting: the bearer token a scheduler sends to /api/cron/enquiries.
    CRON_SECRET: optionalString.refine((v) => v === undefined || v.length >= 16, {
      message: 'must be at least 16 characters',
    }),

    // Scale-out: a shared ISR cache.
    REDIS_URL: optionalUrl(['redis:', 'rediss:']),
  })
  .superRefine((env, ctx) => {
    if (env.SMTP_URL && !env.CLINIC_NOTIFY_EMAIL) {
      ctx.addIssue({
        code: 'custom',
        path: ['CLINIC_NOTIFY_EMAIL'],
        message: 'is required when SMTP_URL is set',
      })
    }
  })

export type Env = z.infer<typeof envSchema>

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(env)'} ${issue.message}`)
    throw new EnvError(`Invalid environment configuration:\n${lines.join('\n')}`)
  }
  return result.data
}

let cached: Env | undefined

/** The validated configuration of this process, read once. */
export function env(): Env {
  cached ??= parseEnv(process.env)
  return cached
}

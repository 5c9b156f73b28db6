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

// Empty counts as unset, so `NAME=` in an env file means the default.
const optionalInteger = (min: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === '' ? undefined : Number(v)))
    .pipe(
      z
        .number({message: 'must be a whole number'})
        .int({message: 'must be a whole number'})
        .min(min, {message: `must be at least ${min}`})
        .optional(),
    )

const integer = (fallback: number, min: number) => optionalInteger(min).transform((v) => v ?? fallback)

const positiveInt = (fallback: number) => integer(fallback, 1)

// Several URLs separated by commas or spaces; empty or unset is none.
const optionalUrlList = (protocols: string[]) =>
  optionalString
    .transform((v) => (v === undefined ? [] : v.split(/[\s,]+/).filter(Boolean)))
    .pipe(z.array(z.url({protocol: new RegExp(`^(${protocols.map((p) => p.replace(':', '')).join('|')})$`), message: `each must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`})))
    .transform((urls) => urls.map((u) => u.replace(/\/$/, '')))

// Every secret of the site's own: long enough that guessing one online is hopeless (random
// 24 bytes in base64 is 32 characters; `openssl rand -base64 32` gives 44).
export const SECRET_MIN_LENGTH = 32
const secret = optionalString.refine((v) => v === undefined || v.length >= SECRET_MIN_LENGTH, {
  message: `must be at least ${SECRET_MIN_LENGTH} characters (for example: openssl rand -base64 32)`,
})

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/** A site on this machine only (tests, a trial run): no proxy, no other instances, plain http is fine. */
export function isLoopbackUrl(url: string): boolean {
  return LOOPBACK_HOSTS.has(new URL(url).hostname)
}

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
    // Set by Next while building: what only a running server needs is not checked then.
    NEXT_PHASE: optionalString,
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
    // The local Content Lake (tooling/local-content-lake/, development and tests only): every Sanity client
    // of the server and scripts talks to this host instead of <projectId>.api.sanity.io.
    SANITY_API_HOST: optionalUrl(['http:', 'https:']).transform((v) => v?.replace(/\/$/, '')),
    SANITY_API_READ_TOKEN: optionalString,
    SANITY_API_WRITE_TOKEN: optionalString,
    // Editor token the server uses for one thing: writing the redirect a renamed page leaves behind.
    SANITY_API_REDIRECT_TOKEN: optionalString,
    SANITY_REVALIDATE_SECRET: secret,
    PREVIEW_SECRET: secret,
    CONTENT_SNAPSHOT_DIR: optionalString,
    CONTENT_REVALIDATE_SECONDS: positiveInt(3600),
    // Build time only: how many of the newest posts of each edition `next build` renders ahead.
    // Older posts render on their first request and are cached from then on (ISR), so a build
    // costs the same with 50 posts as with 5,000. 0 builds none ahead (the guide still is).
    PRERENDER_RECENT_POSTS: integer(20, 0).pipe(z.number().max(5000, {message: 'must be at most 5000'})),

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
    SESSION_SECRET: secret,
    ENQUIRY_RATE_LIMIT: positiveInt(5),
    ENQUIRY_RATE_WINDOW_SECONDS: positiveInt(600),
    ENQUIRY_SITE_LIMIT_PER_MINUTE: positiveInt(30),
    // How many proxies in front of the server append to X-Forwarded-For (0: none, the address of
    // the TCP connection is the client's). Unset outside production means 0.
    TRUSTED_PROXY_HOPS: optionalInteger(0),
    ENQUIRY_MIN_FILL_SECONDS: integer(3, 0),
    OUTBOX_INTERVAL_SECONDS: positiveInt(30),
    // Off by default: the form does not prove the address is the patient's, so each
    // acknowledgement is mail to an address a stranger typed. Switch on with a sending domain
    // that has SPF and DKIM, so it neither lands in spam nor can be used to send spam.
    ENQUIRY_SEND_ACKNOWLEDGEMENT: flag(false),
    // Serverless hosting: the bearer token a scheduler sends to /api/cron/enquiries and /api/cron/publish-due.
    CRON_SECRET: secret,
    // The port this server listens on (server.mjs and `next start` set it): the schedule timer calls
    // its own publish-due route at 127.0.0.1 on it.
    PORT: integer(3000, 0),

    // Scale-out: a shared ISR cache.
    REDIS_URL: optionalUrl(['redis:', 'rediss:']),
    // The refresh listener of each shared cache in front (deploy/nginx, CLINIC_REFRESH_LISTEN).
    // After a publish the server asks it for every changed page, so readers get the change at once
    // instead of when the cached copy expires (up to two seconds later).
    SHARED_CACHE_REFRESH_URLS: optionalUrlList(['http:', 'https:']),
  })
  .superRefine((env, ctx) => {
    const missing = (path: string, message: string) => ctx.addIssue({code: 'custom', path: [path], message})
    if (env.SMTP_URL && !env.CLINIC_NOTIFY_EMAIL) missing('CLINIC_NOTIFY_EMAIL', 'is required when SMTP_URL is set')
    const sharedServices = [env.DATABASE_URL && 'DATABASE_URL', env.REDIS_URL && 'REDIS_URL'].filter(Boolean)
    const building = env.NEXT_PHASE === 'phase-production-build'
    // Each instance would invent its own secret: forms from one fail on another, staff are
    // signed out at random.
    if (!building && !env.SESSION_SECRET && sharedServices.length > 0) {
      missing('SESSION_SECRET', `is required when ${sharedServices.join(' or ')} is set (every instance needs the same one; 32+ characters)`)
    }
    if (env.NODE_ENV !== 'production') return
    const local = isLoopbackUrl(env.SITE_URL)
    // Staff passwords and session cookies must not cross the network in clear text.
    if (!local && new URL(env.SITE_URL).protocol !== 'https:') {
      missing('SITE_URL', 'must start with https:// in production (plain http only for localhost or 127.0.0.1)')
    }
    // A public site or shared services mean a deployment recipe with a proxy or a platform in
    // front; guessing its hops wrong either lets clients forge their address or puts every
    // patient in one rate-limit bucket.
    if (!building && env.TRUSTED_PROXY_HOPS === undefined && (!local || sharedServices.length > 0)) {
      missing(
        'TRUSTED_PROXY_HOPS',
        'is required in production: the number of proxies in front of the server that append to X-Forwarded-For (0 if clients connect directly; see README, Deployment)',
      )
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
